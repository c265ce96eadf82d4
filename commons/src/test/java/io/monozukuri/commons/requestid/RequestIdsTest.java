package io.monozukuri.commons.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsASaneIdOfTheCaller() {
        assertThat(RequestIds.acceptOrCreate("abc-123")).isEqualTo("abc-123");
        assertThat(RequestIds.acceptOrCreate("A.b_c:d-9")).isEqualTo("A.b_c:d-9");
        String longest = "x".repeat(128);
        assertThat(RequestIds.acceptOrCreate(longest)).isEqualTo(longest);
    }

    @Test
    void replacesAnIdThatIsMissingTooLongOrHasOtherCharacters() {
        for (String bad :
                new String[] {null, "", "x".repeat(129), "a b", "a\nb", "a/b", "ａｂｃ", "<script>", "a\u0000"}) {
            String id = RequestIds.acceptOrCreate(bad);
            assertThat(id).isNotEqualTo(bad);
            assertThat(RequestIds.acceptable(id)).isTrue();
        }
    }

    @Test
    void makesDistinctVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.acceptOrCreate(null);
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
