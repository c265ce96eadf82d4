package io.monozukuri.commons.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void etagsAreWeakAndChangeWithVersionUriAndAccept() {
        String tag = ETags.of(7, "/api/v1/measures?page=1", "application/json");
        assertThat(tag).matches("W/\"[0-9a-f]{32}\"");
        assertThat(ETags.of(7, "/api/v1/measures?page=1", "application/json")).isEqualTo(tag);
        assertThat(ETags.of(8, "/api/v1/measures?page=1", "application/json")).isNotEqualTo(tag);
        assertThat(ETags.of(7, "/api/v1/measures?page=2", "application/json")).isNotEqualTo(tag);
        assertThat(ETags.of(7, "/api/v1/measures?page=1", "text/csv")).isNotEqualTo(tag);
        assertThat(ETags.of(7, "/api/v1/measures?page=1", null)).isEqualTo(ETags.of(7, "/api/v1/measures?page=1", ""));
        // parts are separated: ("ab", "c") is not ("a", "bc")
        assertThat(ETags.of("ab", "c")).isNotEqualTo(ETags.of("a", "bc"));
    }

    @Test
    void ifNoneMatchUsesTheWeakComparison() {
        String tag = "W/\"abc\"";
        assertThat(ETags.matches("W/\"abc\"", tag)).isTrue();
        assertThat(ETags.matches("\"abc\"", tag)).isTrue();
        assertThat(ETags.matches("\"x\", W/\"abc\"", tag)).isTrue();
        assertThat(ETags.matches("\"x\",W/\"abc\" ", tag)).isTrue();
        assertThat(ETags.matches("\"abcd\"", tag)).isFalse();
        assertThat(ETags.matches("", tag)).isFalse();
        assertThat(ETags.matches(null, tag)).isFalse();
        assertThat(ETags.matches("*", tag)).isTrue();
        assertThat(ETags.matches("*", tag, false)).isFalse();
        assertThat(ETags.matches("\"x\", *", tag, false)).isFalse();
    }

    @Test
    void cacheControlRevalidatesUnlessAMaxAgeIsSet() {
        assertThat(ETags.cacheControl(0)).isEqualTo("public, no-cache");
        assertThat(ETags.cacheControl(60)).isEqualTo("public, max-age=60");
    }
}
