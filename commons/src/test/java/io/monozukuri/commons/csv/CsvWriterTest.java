package io.monozukuri.commons.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesRfc4180WithNullsAsEmptyCells() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out, false);
        csv.row("id", "title", "note").row(1, null, "a, b").row(2, "say \"hi\"", "line\nbreak");
        csv.row(Arrays.asList(null, null, null));
        csv.flush();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("id,title,note\r\n1,,\"a, b\"\r\n2,\"say \"\"hi\"\"\",\"line\nbreak\"\r\n,,\r\n");
    }

    @Test
    void startsWithAByteOrderMarkWhenAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter(out, true).row("名前", "補正").flush();
        byte[] bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("名前,補正\r\n");

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        new CsvWriter(plain, false).row("名前").flush();
        assertThat(plain.toByteArray()[0]).isNotEqualTo((byte) 0xEF);
    }

    @Test
    void streamsEachChunkWhenFlushed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out, false);
        csv.row("a");
        assertThat(out.size()).isZero();
        csv.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\r\n");
    }
}
