package io.monozukuri.commons.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void readsSignedAsciiIntegersOfUpTo19Digits() {
        assertThat(Params.toLong("42")).isEqualTo(42L);
        assertThat(Params.toLong(" -7 ")).isEqualTo(-7L);
        assertThat(Params.toLong("+15")).isEqualTo(15L);
        assertThat(Params.toLong("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(Params.toLong("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(Params.toInteger("2020")).isEqualTo(2020);
    }

    @Test
    void refusesWhatIsNotAPlainInteger() {
        assertThat(Params.toLong(null)).isNull();
        assertThat(Params.toLong("   ")).isNull();
        assertThat(Params.toLong("+")).isNull();
        assertThat(Params.toLong("-")).isNull();
        assertThat(Params.toLong("1.5")).isNull();
        assertThat(Params.toLong("1e3")).isNull();
        assertThat(Params.toLong("0x10")).isNull();
        assertThat(Params.toLong("--1")).isNull();
        // 20 digits, and a 19-digit value beyond the range of long
        assertThat(Params.toLong("12345678901234567890")).isNull();
        assertThat(Params.toLong("9223372036854775808")).isNull();
        // full-width and other Unicode digits, which Long.parseLong would take
        assertThat(Params.toLong("２０２０")).isNull();
        assertThat(Params.toLong("٢٠٢٠")).isNull();
    }
}
