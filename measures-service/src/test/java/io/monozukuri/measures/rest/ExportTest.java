package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest {

    private UUID report;

    @BeforeEach
    void arrange() {
        if (report != null) {
            return;
        }
        report = Fixtures.importNew(Fixtures.report());
    }

    private String body(String accept, String query) {
        byte[] bytes = given().header("Accept", accept)
                .get("/api/v1/measures?report=" + report + "&size=1&" + query)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void everyMeasureIsExportedWhateverNullsItHoldsAndBomIsOptional() {
        var body = Fixtures.report();
        var subsection = Fixtures.measure(body, "1-1-1");
        subsection.putNull("title");
        subsection.putNull("description");
        subsection.putNull("source");
        UUID withNulls = Fixtures.importNew(body);
        byte[] csv = given().get("/api/v1/measures?format=csv&bom=true&report=" + withNulls)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(java.util.Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> rows = csvRecords(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(30);
        assertThat(rows).anyMatch(r -> r.contains(",1-1-1,SUBSECTION,"));
        byte[] plain = given().get("/api/v1/measures?format=csv&report=" + withNulls)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(plain[0]).isEqualTo((byte) 'i');
        String ndjson = given().get("/api/v1/measures?format=ndjson&report=" + withNulls)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(ndjson.lines()).hasSize(29);
    }

    @Test
    void csvByAcceptHeaderHasEveryMeasureNotOnePage() {
        given().header("Accept", "text/csv")
                .get("/api/v1/measures?report=" + report)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("measures.csv"));
        String csv = body("text/csv", "");
        List<String> lines = csvRecords(csv);
        assertThat(lines).hasSize(30);
        assertThat(lines.get(0)).startsWith("id,reportId,fiscalYear,code,kind,").contains(",totalYen,");
        String aiChip = lines.stream()
                .filter(l -> l.contains(",1-1-1-(2)-①,"))
                .findFirst()
                .orElseThrow();
        assertThat(aiChip)
                .startsWith(Fixtures.measureId(report, "1-1-1-(2)-①") + "," + report + ",2020,1-1-1-(2)-①,SUBITEM,")
                .contains(",213310000000,")
                // budget text with ASCII commas is quoted
                .contains("\"133億10百万円（当初）、1,100億円（2019年度補正）、900億円（2020年度第3次補正）\"")
                .contains(",METI,");
        // natural order, like the JSON list
        assertThat(lines.get(1)).contains(",1-1-1,SUBSECTION,");
    }

    @Test
    void csvByFormatParameterKeepsFilters() {
        List<String> lines = csvRecords(body("application/json", "format=csv&kind=ITEM"));
        assertThat(lines).hasSize(8);
        assertThat(lines.subList(1, 8)).allMatch(l -> l.contains(",ITEM,"));
    }

    @Test
    void ndjsonHasOneMeasurePerLine() throws Exception {
        String ndjson = body("application/x-ndjson", "");
        String[] lines = ndjson.split("\n");
        assertThat(lines).hasSize(29);
        List<String> codes = new ArrayList<>();
        for (String line : lines) {
            JsonNode m = Fixtures.JSON.readTree(line);
            assertThat(m.get("reportId").asText()).isEqualTo(report.toString());
            codes.add(m.get("code").asText());
        }
        assertThat(codes).startsWith("1-1-1", "1-1-1-(1)");
        String byFormat = body("*/*", "format=ndjson&q=量子");
        assertThat(byFormat.split("\n")).hasSize(2);
        assertThat(Fixtures.JSON
                        .readTree(byFormat.split("\n")[0])
                        .get("snippet")
                        .asText())
                .contains("【量子】");
    }

    @Test
    void jsonStaysTheDefault() {
        given().header("Accept", "*/*")
                .get("/api/v1/measures?report=" + report)
                .then()
                .statusCode(200)
                .contentType("application/json");
    }

    private static List<String> csvRecords(String csv) {
        return CsvRecords.of(csv);
    }
}
