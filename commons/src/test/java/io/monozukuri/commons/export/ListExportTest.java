package io.monozukuri.commons.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.csv.CsvColumns;
import io.monozukuri.commons.paging.PageRequest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListExportTest {

    record Heading(int number, String title) {}

    record Row(String code, String title, Heading chapter, List<String> prizes) {}

    static final CsvColumns<Row> COLUMNS = CsvColumns.<Row>builder()
            .add("code", Row::code)
            .add("title", Row::title)
            .add("chapter", CsvColumns.path(Row::chapter, Heading::number))
            .add("chapterTitle", CsvColumns.path(Row::chapter, Heading::title))
            .add("prizes", r -> CsvColumns.join(r.prizes(), "; "))
            .build();

    static final ObjectMapper JSON = new ObjectMapper();

    /** 1 203 rows, some with every nullable field null, read through a paged query like a list's. */
    static final List<Row> ROWS = IntStream.range(0, 1203)
            .mapToObj(i -> i % 7 == 0
                    ? new Row("c" + i, null, null, null)
                    : new Row("c" + i, "題, \"" + i + "\"", new Heading(i % 5, "章"), List.of("賞", "a,b")))
            .toList();

    private static List<Row> page(PageRequest chunk, List<PageRequest> asked) {
        asked.add(chunk);
        int from = (int) Math.min(chunk.offset(), ROWS.size());
        return ROWS.subList(from, Math.min(from + chunk.size(), ROWS.size()));
    }

    @Test
    void csvHasAHeaderAndEveryRowOfEveryChunkWhateverNullsTheyHold() {
        List<PageRequest> asked = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = ListExport.write(out, ListFormat.csv, false, COLUMNS, JSON, 500, c -> page(c, asked));

        assertThat(written).isEqualTo(1203);
        assertThat(asked).extracting(PageRequest::page).containsExactly(0, 1, 2);
        String csv = out.toString(StandardCharsets.UTF_8);
        List<String> records = Arrays.asList(csv.split("\r\n"));
        assertThat(records).hasSize(1204);
        assertThat(records.get(0)).isEqualTo("code,title,chapter,chapterTitle,prizes");
        assertThat(records.get(1)).isEqualTo("c0,,,,");
        assertThat(records.get(2)).isEqualTo("c1,\"題, \"\"1\"\"\",1,章,\"賞; a,b\"");
        assertThat(records.get(1203)).startsWith("c1202,");
    }

    @Test
    void csvStartsWithAByteOrderMarkOnlyWhenAsked() {
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        ListExport.write(bom, ListFormat.csv, true, COLUMNS, JSON, 500, c -> List.of());
        assertThat(Arrays.copyOf(bom.toByteArray(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bom.toByteArray(), 3, bom.size() - 3, StandardCharsets.UTF_8))
                .isEqualTo("code,title,chapter,chapterTitle,prizes\r\n");

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ListExport.write(plain, ListFormat.csv, false, COLUMNS, JSON, 500, c -> List.of());
        assertThat(plain.toString(StandardCharsets.UTF_8)).startsWith("code,");
    }

    @Test
    void ndjsonHasEachItemAsTheListHasItOnePerLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written =
                ListExport.write(out, ListFormat.ndjson, true, COLUMNS, JSON, 500, c -> page(c, new ArrayList<>()));

        assertThat(written).isEqualTo(1203);
        String ndjson = out.toString(StandardCharsets.UTF_8);
        assertThat(ndjson).endsWith("\n").doesNotStartWith("\uFEFF");
        List<String> lines = ndjson.lines().toList();
        assertThat(lines).hasSize(1203);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("code").asText()).isEqualTo("c0");
        assertThat(first.get("title").isNull()).isTrue();
        assertThat(JSON.readTree(lines.get(1)).get("chapter").get("title").asText())
                .isEqualTo("章");
    }

    @Test
    void anExactMultipleOfTheChunkEndsAfterOneEmptyRead() {
        List<PageRequest> asked = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = ListExport.write(out, ListFormat.ndjson, false, COLUMNS, JSON, 401, c -> page(c, asked));
        assertThat(written).isEqualTo(1203);
        assertThat(asked).hasSize(4);
        assertThat(asked.get(3).size()).isEqualTo(401);
    }

    @Test
    void eachChunkIsFlushedBeforeTheNextIsRead() {
        List<Integer> bytesBeforeRead = new ArrayList<>();
        CountingStream out = new CountingStream();
        ListExport.write(out, ListFormat.csv, false, COLUMNS, JSON, 500, c -> {
            bytesBeforeRead.add(out.count);
            return page(c, new ArrayList<>());
        });
        assertThat(bytesBeforeRead).hasSize(3);
        assertThat(bytesBeforeRead.get(0)).isZero();
        assertThat(bytesBeforeRead.get(1)).isPositive();
        assertThat(bytesBeforeRead.get(2)).isGreaterThan(bytesBeforeRead.get(1));
    }

    @Test
    void jsonIsPagedNotExported() {
        assertThatThrownBy(() -> ListExport.write(
                        new ByteArrayOutputStream(), ListFormat.json, false, COLUMNS, JSON, 500, c -> List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void columnsRefuseADuplicateName() {
        assertThatThrownBy(
                        () -> CsvColumns.<Row>builder().add("code", Row::code).add("code", Row::title))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static final class CountingStream extends OutputStream {
        int count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
