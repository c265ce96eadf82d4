package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.awards.mapping.ExportColumns;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every list of awards-service exports every row in CSV and NDJSON (the JSON list's totalItems of them, whatever nulls
 * they hold), gzipped when asked; every page carries RFC 8288 Link headers.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListExportTest {

    private String scheme;
    private String edition;
    private final Map<String, io.monozukuri.commons.csv.CsvColumns<?>> lists = new LinkedHashMap<>();

    @BeforeEach
    void arrange() {
        if (scheme != null) {
            return;
        }
        Fixtures.ingestSample();
        scheme = Fixtures.newScheme("書き出し", List.of("大臣賞", "長官賞"));
        edition = given().auth()
                .oauth2(Tokens.editor())
                .contentType("application/json")
                .body("{\"number\": 3, \"year\": 2021}")
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        given().auth()
                .oauth2(Tokens.editor())
                .contentType("application/json")
                .body("{\"number\": 4, \"year\": 2022, \"title\": \"第4回, \\\"記念\\\"\"}")
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(201);
        for (int i = 0; i < 3; i++) {
            // the second recipient has every optional field null
            String body = i == 1
                    ? "{\"name\": \"無記入" + i + "\", \"kind\": \"PERSON\"}"
                    : "{\"name\": \"株式会社書出" + i + "\", \"kind\": \"COMPANY\", \"prefecture\": \"大阪\","
                            + " \"prize\": \"大臣賞\", \"citation\": \"改行を\\n含む, 引用\"}";
            given().auth()
                    .oauth2(Tokens.editor())
                    .contentType("application/json")
                    .body(body)
                    .post("/api/v1/award-schemes/{s}/editions/{e}/recipients", scheme, edition)
                    .then()
                    .statusCode(201);
        }
        String editions = "/api/v1/award-schemes/" + scheme + "/editions";
        lists.put("/api/v1/award-schemes", ExportColumns.SCHEME);
        lists.put("/api/v1/award-schemes?report=" + Fixtures.SAMPLE_REPORT + "&status=ACTIVE", ExportColumns.SCHEME);
        lists.put("/api/v1/award-schemes/" + scheme + "/statements", ExportColumns.STATEMENT);
        lists.put(editions, ExportColumns.EDITION);
        lists.put(editions + "/" + edition + "/recipients", ExportColumns.RECIPIENT);
        lists.put("/api/v1/recipients", ExportColumns.RECIPIENT);
        lists.put("/api/v1/recipients?kind=COMPANY", ExportColumns.RECIPIENT);
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
        for (var list : lists.entrySet()) {
            String path = list.getKey();
            long total = totalItems(path);
            assertThat(total).as(path).isPositive();
            List<String> csv = CsvRecords.of(export(path, "csv"));
            assertThat(csv).as(path).hasSize((int) total + 1);
            assertThat(csv.get(0))
                    .as(path)
                    .isEqualTo(String.join(",", list.getValue().header()));
            List<String> ndjson = export(path, "ndjson").lines().toList();
            assertThat(ndjson).as(path).hasSize((int) total);
            // each line is the item as the JSON list has it, in the same order
            var items = Fixtures.JSON
                    .readTree(given().get(path + (path.contains("?") ? "&" : "?") + "size=500")
                            .asString())
                    .get("items");
            assertThat(items.size()).as(path).isEqualTo((int) Math.min(total, 500));
            for (int i = 0; i < items.size(); i++) {
                assertThat(Fixtures.JSON.readTree(ndjson.get(i))).as(path).isEqualTo(items.get(i));
            }
        }
        assertThat(totalItems("/api/v1/award-schemes?report=" + Fixtures.SAMPLE_REPORT))
                .isEqualTo(15);
    }

    @Test
    void nullsAreEmptyCellsAndTextIsQuoted() {
        List<String> csv = CsvRecords.of(
                export("/api/v1/award-schemes/" + scheme + "/editions/" + edition + "/recipients?sort=name", "csv"));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(3)).startsWith(csv.get(3).substring(0, 36) + ",").endsWith(",無記入1,PERSON,,,,,,1,AWARDED");
        assertThat(csv.get(1)).contains(",株式会社書出0,COMPANY,,大阪府,大臣賞,,\"改行を\n含む, 引用\",1,AWARDED");
        assertThat(CsvRecords.of(export("/api/v1/award-schemes/" + scheme + "/editions?sort=number", "csv")))
                .last()
                .asString()
                .contains(",4,\"第4回, \"\"記念\"\"\",2022,,,,,,0");
    }

    @Test
    void theExportOfAMissingParentIsANotFoundProblemAndABadSortA400() {
        for (String path : List.of(
                "/api/v1/award-schemes/" + UUID.randomUUID() + "/statements?format=csv",
                "/api/v1/award-schemes/" + UUID.randomUUID() + "/editions?format=ndjson",
                "/api/v1/award-schemes/" + scheme + "/editions/" + UUID.randomUUID() + "/recipients?format=csv")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().get("/api/v1/award-schemes?format=csv&sort=colour")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("sort"));
        given().get("/api/v1/recipients?format=ndjson&sort=colour")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void acceptChoosesTheRepresentationWhenFormatIsAbsent() {
        given().accept("application/x-ndjson")
                .get("/api/v1/recipients")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/x-ndjson"));
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .get("/api/v1/recipients")
                .then()
                .statusCode(200)
                .contentType("application/json");
    }

    @Test
    void exportsAreGzippedWhenTheClientAsksForIt() throws IOException {
        for (String format : List.of("csv", "ndjson")) {
            Response gzipped = given().config(RestAssuredConfig.config()
                            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", "gzip")
                    .get("/api/v1/award-schemes?format=" + format);
            gzipped.then().statusCode(200).header("Content-Encoding", "gzip");
            String body = new String(
                    new GZIPInputStream(new ByteArrayInputStream(gzipped.asByteArray())).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(body).isEqualTo(export("/api/v1/award-schemes", format));
        }
    }

    @Test
    void everyPageOfEveryListLinksToTheOthers() {
        String origin = "http://localhost:" + RestAssured.port;
        for (String path : lists.keySet()) {
            String first = given().get(path).then().statusCode(200).extract().header("Link");
            assertThat(first)
                    .as(path)
                    .startsWith("<" + origin + path.replace("?", "?"))
                    .contains("rel=\"first\"");
            assertThat(first).as(path).contains("rel=\"last\"").doesNotContain("rel=\"prev\"");
        }
        String schemes = given().get("/api/v1/award-schemes?size=4&page=1&sort=name")
                .then()
                .statusCode(200)
                .extract()
                .header("Link");
        long total = totalItems("/api/v1/award-schemes");
        assertThat(schemes)
                .isEqualTo("<" + origin + "/api/v1/award-schemes?size=4&sort=name&page=0>; rel=\"first\", <" + origin
                        + "/api/v1/award-schemes?size=4&sort=name&page=0>; rel=\"prev\", <" + origin
                        + "/api/v1/award-schemes?size=4&sort=name&page=2>; rel=\"next\", <" + origin
                        + "/api/v1/award-schemes?size=4&sort=name&page=" + ((total + 3) / 4 - 1) + ">; rel=\"last\"");
    }
}
