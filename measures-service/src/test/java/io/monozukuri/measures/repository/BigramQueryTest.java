package io.monozukuri.measures.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BigramQueryTest {

    @Test
    void bigramQueryQuotesEveryLexeme() {
        assertThat(BigramQuery.bigramQuery(List.of("量子技術"))).isEqualTo("'量子' & '子技' & '技術'");
        assertThat(BigramQuery.bigramQuery(List.of("a'b"))).isEqualTo("'a''' & '''b'");
        assertThat(BigramQuery.bigramQuery(List.of("鉄"))).isNull();
        assertThat(BigramQuery.bigramVector(List.of("量子技術"))).isEqualTo("'量子' '子技' '技術'");
    }
}
