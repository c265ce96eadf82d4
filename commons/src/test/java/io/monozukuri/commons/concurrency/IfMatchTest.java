package io.monozukuri.commons.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monozukuri.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    @Test
    void noHeaderOrAStarAllowsTheWrite() {
        assertThat(IfMatch.matches(null, 42)).isTrue();
        assertThat(IfMatch.matches("", 42)).isTrue();
        assertThat(IfMatch.matches(" * ", 42)).isTrue();
    }

    @Test
    void theCurrentStrongTagMatchesAlsoInAList() {
        assertThat(IfMatch.etag(42)).isEqualTo("\"42\"");
        assertThat(IfMatch.matches("\"42\"", 42)).isTrue();
        assertThat(IfMatch.matches("\"41\", \"42\"", 42)).isTrue();
        assertThat(IfMatch.matches("\"41\",\"42\" ", 42)).isTrue();
    }

    @Test
    void anotherOrAWeakTagDoesNot() {
        assertThat(IfMatch.matches("\"41\"", 42)).isFalse();
        assertThat(IfMatch.matches("W/\"42\"", 42)).as("strong comparison").isFalse();
        assertThat(IfMatch.matches("\"420\"", 42)).isFalse();
        assertThatThrownBy(() -> IfMatch.check("\"41\"", 42, "measure m"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.slug()).isEqualTo("precondition-failed");
                    assertThat(e.getMessage()).contains("measure m").contains("\"42\"");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "\"42", "\"4 2\"", "\"42\" x", "W/42", "*, \"42\""})
    void aMalformedHeaderIsABadRequest(String header) {
        assertThatThrownBy(() -> IfMatch.matches(header, 42))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
