package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monozukuri.measures.mapping.ExportColumns;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every list of measures-service exports every row in CSV and NDJSON (the JSON list's totalItems of them, whatever
 * nulls they hold), gzipped when asked; every page carries RFC 8288 Link headers at the address the client used.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListExportTest {

    private UUID report;
    private UUID corrected;

    @BeforeEach
    void arrange() {
        if (report != null) {
            return;
        }
        var body = Fixtures.report(2031);
        Fixtures.measure(body, "1-1-1").putNull("title");
        report = Fixtures.importNew(body);
        corrected = Fixtures.measureId(report, "1-1-1-(2)-①");
        for (String title : List.of("AIチップの開発", "AIチップ等の開発", "AIチップ・次世代情報処理技術の開発")) {
            given().header("Authorization", Tokens.bearer(Tokens.editor()))
                    .contentType("application/merge-patch+json; charset=UTF-8")
                    .body("{\"title\": \"" + title + "\", \"note\": \"誤記, \\\"訂正\\\"\"}")
                    .patch("/api/v1/measures/" + corrected)
                    .then()
                    .statusCode(200);
        }
    }

    private static long totalItems(String path) {
        return given().get(path + (path.contains("?") ? "&" : "?") + "size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    private static String export(String path, String format) {
        Response r = given().get(path + (path.contains("?") ? "&" : "?") + "format=" + format);
        r.then().statusCode(200);
        assertThat(r.contentType()).startsWith(format.equals("csv") ? "text/csv" : "application/x-ndjson");
        assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=");
        return new String(r.asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void everyListExportsAsManyRowsAsItsTotalInEveryFormat() throws IOException {
        String history = "/api/v1/measures/" + corrected + "/history";
        for (String path : List.of(
                "/api/v1/measures?report=" + report,
                "/api/v1/measures?report=" + report + "&kind=SUBSECTION",
                "/api/v1/measures",
                "/api/v1/reports",
                "/api/v1/ministries",
                history)) {
            long total = totalItems(path);
            assertThat(total).as(path).isPositive();
            List<String> csv = CsvRecords.of(export(path, "csv"));
            assertThat(csv).as(path).hasSize((int) total + 1);
            List<String> ndjson = export(path, "ndjson").lines().toList();
            assertThat(ndjson).as(path).hasSize((int) total);
            // each line is the item as the JSON list has it, in the same order
            JsonNode items = Fixtures.JSON
                    .readTree(given().get(path + (path.contains("?") ? "&" : "?") + "size=500")
                            .asString())
                    .get("items");
            assertThat(items.size()).as(path).isEqualTo((int) Math.min(total, 500));
            for (int i = 0; i < items.size(); i++) {
                assertThat(Fixtures.JSON.readTree(ndjson.get(i))).as(path).isEqualTo(items.get(i));
            }
        }
        assertThat(totalItems(history)).isEqualTo(3);
    }

    @Test
    void csvHeadersAreTheColumnsAndEveryRowHasThemAll() {
        assertThat(CsvRecords.of(export("/api/v1/reports", "csv")).get(0))
                .isEqualTo(String.join(",", ExportColumns.REPORT.header()));
        assertThat(CsvRecords.of(export("/api/v1/ministries", "csv")).get(0))
                .isEqualTo(String.join(",", ExportColumns.MINISTRY.header()));
        List<String> corrections = CsvRecords.of(export("/api/v1/measures/" + corrected + "/history", "csv"));
        assertThat(corrections.get(0)).isEqualTo(String.join(",", ExportColumns.CORRECTION.header()));
        assertThat(corrections.get(1))
                .contains(",tester@monozukuri.io,")
                // a note with a comma and quotes, and the patch as JSON text, each one quoted cell
                .contains(",\"誤記, \"\"訂正\"\"\",\"{\"\"title\"\":\"\"AIチップの開発\"\"}\",");
        List<String> measures = CsvRecords.of(export("/api/v1/measures?report=" + report, "csv"));
        String untitled = measures.stream()
                .filter(r -> r.contains(",1-1-1,SUBSECTION,"))
                .findFirst()
                .orElseThrow();
        // the subsection without a title has an empty title cell
        assertThat(untitled).contains(",1-1-1,SUBSECTION,1,1,1,,,,,");
    }

    @Test
    void anExportOfTheHistoryOfNoMeasureIsANotFoundProblem() {
        given().get("/api/v1/measures/" + UUID.randomUUID() + "/history?format=csv")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badExportParametersAreOneProblemNamingThemAll() {
        given().get("/api/v1/reports?format=xlsx&bom=maybe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("format", "bom"));
    }

    @Test
    void exportsAreGzippedWhenTheClientAsksForIt() throws IOException {
        for (String format : List.of("csv", "ndjson")) {
            Response gzipped = given().config(RestAssuredConfig.config()
                            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", "gzip")
                    .get("/api/v1/measures?format=" + format);
            gzipped.then().statusCode(200).header("Content-Encoding", "gzip");
            String body = new String(
                    new GZIPInputStream(new ByteArrayInputStream(gzipped.asByteArray())).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(body).isEqualTo(export("/api/v1/measures", format));
        }
    }

    @Test
    void everyPageLinksToTheOthersAtTheAddressTheClientUsed() {
        String base = "/api/v1/measures?report=" + report + "&kind=ITEM&size=2";
        long total = totalItems("/api/v1/measures?report=" + report + "&kind=ITEM");
        long last = (total + 1) / 2 - 1;
        assertThat(last).isGreaterThan(2);

        List<String> links = links(given().get(base + "&page=1").header("Link"));
        String origin = "http://localhost:" + io.restassured.RestAssured.port;
        assertThat(links)
                .containsExactly(
                        "<" + origin + "/api/v1/measures?report=" + report + "&kind=ITEM&size=2&page=0>; rel=\"first\"",
                        "<" + origin + "/api/v1/measures?report=" + report + "&kind=ITEM&size=2&page=0>; rel=\"prev\"",
                        "<" + origin + "/api/v1/measures?report=" + report + "&kind=ITEM&size=2&page=2>; rel=\"next\"",
                        "<" + origin + "/api/v1/measures?report=" + report + "&kind=ITEM&size=2&page=" + last
                                + ">; rel=\"last\"");
        // following next from the first page to the last reaches every item once
        List<String> seen = new ArrayList<>();
        String next = origin + base;
        int pages = 0;
        while (next != null) {
            Response r = given().get(next);
            JsonNode page = readTree(r.asString());
            page.get("items").forEach(m -> seen.add(m.get("id").asText()));
            next = links(r.header("Link")).stream()
                    .filter(l -> l.endsWith("rel=\"next\""))
                    .map(l -> l.substring(1, l.indexOf('>')))
                    .findFirst()
                    .orElse(null);
            pages++;
        }
        assertThat(pages).isEqualTo(last + 1);
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();

        // behind the gateway: the forwarded public host and scheme
        String forwarded = given().header("X-Forwarded-Host", "api.monozukuri.example")
                .header("X-Forwarded-Proto", "https")
                .get("/api/v1/reports")
                .header("Link");
        assertThat(forwarded).startsWith("<https://api.monozukuri.example/api/v1/reports?page=0>; rel=\"first\"");
        // a single measure is no list
        assertThat(given().get("/api/v1/measures/" + corrected).header("Link")).isNull();
    }

    private static JsonNode readTree(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> links(String header) {
        assertThat(header).isNotNull();
        return List.of(header.split(", (?=<)"));
    }
}
