package io.monozukuri.measures.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.contracts.BudgetType;
import io.monozukuri.measures.BudgetLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetRulesTest {

    @Test
    void ownMoneySumsTheLinesThatAreNotPools() {
        List<BudgetLine> lines = List.of(
                new BudgetLine(13_310_000_000L, "当初", BudgetType.INITIAL, false, false),
                new BudgetLine(110_000_000_000L, "2019年度補正", BudgetType.SUPPLEMENTARY, false, false),
                new BudgetLine(13_120_000_000L, null, BudgetType.INITIAL, false, true));
        assertThat(BudgetRules.ownYen(lines)).isEqualTo(123_310_000_000L);
        assertThat(BudgetRules.partOfYen(lines)).isEqualTo(13_120_000_000L);
    }

    @Test
    void aTotalStandsForTheAmountsItSums() {
        List<BudgetLine> lines = List.of(
                new BudgetLine(37_100_000_000L, "総額", BudgetType.TOTAL, false, false),
                new BudgetLine(1_000_000_000L, "当初", BudgetType.INITIAL, false, false));
        assertThat(BudgetRules.ownYen(lines)).isEqualTo(37_100_000_000L);
    }

    @Test
    void noAmountMeansNull() {
        assertThat(BudgetRules.ownYen(List.of())).isNull();
        assertThat(BudgetRules.ownYen(List.of(new BudgetLine(null, null, BudgetType.OTHER, false, true))))
                .isNull();
        assertThat(BudgetRules.partOfYen(List.of(new BudgetLine(null, null, BudgetType.OTHER, false, true))))
                .isNull();
    }
}
