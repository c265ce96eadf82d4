package io.monozukuri.measures.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.contracts.MeasureKind;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A page of measures is an index walk to the page, never a sort of every match: for each supported order, and for each
 * filter that narrows the default order, the plan of the page's statement (as {@link MeasureRepository} runs it) reads
 * an index in that order. Checked with sorting and sequential scans made prohibitively expensive for the planner
 * ({@code enable_sort}, {@code enable_seqscan} off): if no index gave the order, the plan would still have to sort.
 * An incremental sort (ordering the few rows that share the leading key) is accepted where the index leads with the
 * first key only.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class PageIndexTest {

    @Inject
    DataSource dataSource;

    private static MeasureSort sort(MeasureSort.Field field, boolean descending) {
        return new MeasureSort(List.of(new MeasureSort.Order(field, descending)));
    }

    private static MeasureFilter filter(UUID report, Integer fiscalYear, Integer chapter, Integer section) {
        return new MeasureFilter(
                report, fiscalYear, chapter, section, null, List.of(), null, null, List.of(), null, null, null);
    }

    @Test
    void everyOrderIsAnIndexWalk() throws SQLException {
        MeasureFilter none = MeasureFilter.none();
        assertIndexWalk(none, MeasureSort.NATURAL, "measure_code_order_idx", false);
        assertIndexWalk(none, sort(MeasureSort.Field.CODE, true), "measure_code_order_idx", true);
        assertIndexWalk(none, sort(MeasureSort.Field.TOTAL_YEN, false), "measure_own_yen_order_idx", false);
        assertIndexWalk(none, sort(MeasureSort.Field.TOTAL_YEN, true), "measure_own_yen_desc_order_idx", false);
        assertIndexWalk(none, sort(MeasureSort.Field.FISCAL_YEAR, false), "measure_fiscal_year_order_idx", false);
        assertIndexWalk(none, sort(MeasureSort.Field.FISCAL_YEAR, true), "measure_fiscal_year_desc_order_idx", false);
        assertIndexWalk(none, sort(MeasureSort.Field.TITLE, false), "measure_title_order_idx", false);
        assertIndexWalk(none, sort(MeasureSort.Field.TITLE, true), "measure_title_order_idx", true);
    }

    @Test
    void everyNarrowingFilterWalksItsIndexInTheDefaultOrder() throws SQLException {
        assertIndexWalk(
                filter(UUID.randomUUID(), null, null, null), MeasureSort.NATURAL, "measure_report_order_idx", false);
        assertIndexWalk(
                filter(null, 2020, null, null), MeasureSort.NATURAL, "measure_fiscal_year(_desc)?_order_idx", false);
        assertIndexWalk(filter(null, null, 3, null), MeasureSort.NATURAL, "measure_chapter_order_idx", false);
        assertIndexWalk(filter(null, null, 3, 2), MeasureSort.NATURAL, "measure_chapter_order_idx", false);
        // a filter without an index of its own walks the default order and skips what does not match
        MeasureFilter kind = new MeasureFilter(
                null, null, null, null, MeasureKind.ITEM, List.of(), null, null, List.of(), null, null, null);
        assertIndexWalk(kind, MeasureSort.NATURAL, "measure_code_order_idx", false);
    }

    /** @param index a pattern of the index (or indexes) that serve the order */
    private void assertIndexWalk(MeasureFilter filter, MeasureSort sort, String index, boolean incremental)
            throws SQLException {
        List<String> plan = explain(filter, sort);
        String text = String.join("\n", plan);
        // the inner query's plan: everything under its Limit
        List<String> inner = plan.subList(indexOfLimit(plan), plan.size());
        assertThat(String.join("\n", inner))
                .as("plan of %s sorted by %s:%n%s", filter, sort, text)
                .containsPattern(index)
                .doesNotContainPattern("(?m)^\\s*(->\\s*)?Sort\\s+\\(");
        if (!incremental) {
            assertThat(String.join("\n", inner)).as(text).doesNotContain("Incremental Sort");
        }
    }

    private static int indexOfLimit(List<String> plan) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).contains("Limit")) {
                return i;
            }
        }
        throw new AssertionError("no Limit in " + plan);
    }

    private List<String> explain(MeasureFilter filter, MeasureSort sort) throws SQLException {
        MeasureSql sql = new MeasureSql(filter);
        String statement = "EXPLAIN " + MeasureRepository.pageStatement(sql, sort, false);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL enable_sort = off");
                s.execute("SET LOCAL enable_seqscan = off");
                s.execute("SET LOCAL enable_bitmapscan = off");
            }
            List<String> plan = new ArrayList<>();
            try (PreparedStatement p = sql.prepare(c, statement, Map.of("limit", 20, "offset", 0));
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return plan;
        }
    }
}
