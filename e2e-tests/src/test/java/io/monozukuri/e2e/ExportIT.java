package io.monozukuri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.testsupport.Tokens;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every list endpoint of the public document, exported through the gateway in every format over the whole sample
 * report (whose missing subsection headings leave null titles): CSV has a header and exactly {@code totalItems} rows
 * of the JSON list with the same filters, NDJSON exactly {@code totalItems} lines, each the JSON list's item; both
 * gzipped when asked. The lists that are not exportable are exactly the documented ones.
 */
@ExtendWith(StackExtension.class)
class ExportIT {

    /** The lists that export, each with the filters it is exported with (besides none). */
    static final Map<String, List<String>> EXPORTABLE = new LinkedHashMap<>();

    static {
        EXPORTABLE.put(
                "/api/v1/measures",
                List.of(
                        "kind=SUBSECTION",
                        "ministry=METI&hasBudget=true",
                        "q=技術 開発",
                        "fiscalYear=2020&chapter=2&sort=-totalYen",
                        "minYen=100000000&sort=title"));
        EXPORTABLE.put("/api/v1/measures/{id}/history", List.of());
        EXPORTABLE.put("/api/v1/reports", List.of());
        EXPORTABLE.put("/api/v1/ministries", List.of());
        EXPORTABLE.put("/api/v1/award-schemes", List.of("status=ACTIVE", "ministry=経済産業省&sort=-name", "q=技能"));
        EXPORTABLE.put("/api/v1/award-schemes/{id}/statements", List.of());
        EXPORTABLE.put("/api/v1/award-schemes/{schemeId}/editions", List.of("sort=number"));
        EXPORTABLE.put("/api/v1/award-schemes/{schemeId}/editions/{editionId}/recipients", List.of("kind=COMPANY"));
        EXPORTABLE.put("/api/v1/recipients", List.of("kind=PERSON", "q=精密"));
    }

    /**
     * The lists that are JSON pages only: the search (a ranking merged from two services, paged over its first 500
     * hits: export each service's matches with q instead), the measures of a scheme (= /api/v1/measures?awardScheme=)
     * and the ingest jobs (an upload log, not data).
     */
    static final Set<String> NOT_EXPORTABLE =
            Set.of("/api/v1/search", "/api/v1/award-schemes/{id}/measures", "/api/v1/ingest/jobs");

    static final ObjectMapper JSON = new ObjectMapper();

    static Stack stack;
    static String measureId;
    static String schemeId;
    static String editionId;

    @BeforeAll
    static void arrange() {
        Sample.ensureIngested(stack);
        // a measure with corrections: a title corrected, then put back
        JsonNode measure = json(given().baseUri(stack.gateway())
                        .get("/api/v1/measures?kind=SUBITEM&sort=code&size=1")
                        .asString())
                .get("items")
                .get(0);
        measureId = measure.get("id").asText();
        String title = measure.get("title").asText();
        for (String t : List.of(title + "（訂正）", title)) {
            given().baseUri(stack.gateway())
                    .auth()
                    .oauth2(Tokens.editor())
                    .contentType("application/merge-patch+json")
                    .body(Map.of("title", t, "note", "export test"))
                    .patch("/api/v1/measures/" + measureId)
                    .then()
                    .statusCode(200);
        }
        // a scheme of the sample with two editions and three recipients of one of them
        for (JsonNode scheme : json(given().baseUri(stack.gateway())
                        .get("/api/v1/award-schemes?size=100&sort=name")
                        .asString())
                .get("items")) {
            long editions = given().baseUri(stack.gateway())
                    .get("/api/v1/award-schemes/" + scheme.get("id").asText() + "/editions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("totalItems");
            if (scheme.get("prizes").size() > 0 && editions == 0) {
                schemeId = scheme.get("id").asText();
                break;
            }
        }
        assertThat(schemeId).as("a scheme with prizes and no editions").isNotNull();
        String prize = json(given().baseUri(stack.gateway())
                        .get("/api/v1/award-schemes/" + schemeId)
                        .asString())
                .get("prizes")
                .get(0)
                .asText();
        for (int number : List.of(1, 2)) {
            String id = editor().body(Map.of("number", number, "year", 2018 + number))
                    .post("/api/v1/award-schemes/" + schemeId + "/editions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getString("id");
            editionId = editionId == null ? id : editionId;
        }
        List<Map<String, Object>> recipients = List.of(
                Map.of("name", "株式会社精密工業", "kind", "COMPANY", "prefecture", "大阪", "prize", prize),
                Map.of("name", "山田 花子", "kind", "PERSON", "citation", "精密加工の技能, \"継承\"\n後進の育成"),
                Map.of("name", "東京都立産業技術高等専門学校", "kind", "SCHOOL"));
        for (Map<String, Object> recipient : recipients) {
            editor().body(recipient)
                    .post("/api/v1/award-schemes/" + schemeId + "/editions/" + editionId + "/recipients")
                    .then()
                    .statusCode(201);
        }
    }

    private static io.restassured.specification.RequestSpecification editor() {
        return given().baseUri(stack.gateway()).auth().oauth2(Tokens.editor()).contentType("application/json");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(text, e);
        }
    }

    private static String concrete(String template) {
        String id = template.contains("/measures/") ? measureId : schemeId;
        return template.replace("{id}", id).replace("{schemeId}", schemeId).replace("{editionId}", editionId);
    }

    private static String with(String path, String query) {
        return query.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + query;
    }

    @Test
    void theDocumentedListsAreExactlyTheExportableAndTheJsonOnlyOnes() {
        JsonNode doc =
                json(given().baseUri(stack.gateway()).get("/openapi.json").asString());
        Set<String> exportable = new TreeSet<>();
        Set<String> jsonOnly = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> {
            JsonNode ok = path.getValue().at("/get/responses/200/content");
            String ref = ok.at("/application~1json/schema/$ref").asText();
            JsonNode schema =
                    ref.isEmpty() ? null : doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
            if (schema != null
                    && schema.at("/properties/items").isObject()
                    && schema.at("/properties/totalItems").isObject()) {
                (ok.has("text/csv") && ok.has("application/x-ndjson") ? exportable : jsonOnly).add(path.getKey());
            }
        });
        assertThat(exportable).containsExactlyInAnyOrderElementsOf(EXPORTABLE.keySet());
        assertThat(jsonOnly).containsExactlyInAnyOrderElementsOf(NOT_EXPORTABLE);
    }

    @Test
    void everyListIsExportedInEveryFormatWithTheTotalOfItsJsonList() {
        int checked = 0;
        for (Map.Entry<String, List<String>> list : EXPORTABLE.entrySet()) {
            List<String> queries = new ArrayList<>(list.getValue());
            queries.add(0, "");
            for (String query : queries) {
                String path = with(concrete(list.getKey()), query);
                JsonNode page = json(given().baseUri(stack.gateway())
                        .get(with(path, "size=500"))
                        .then()
                        .statusCode(200)
                        .contentType("application/json")
                        .extract()
                        .asString());
                long total = page.get("totalItems").asLong();
                assertThat(total).as(path).isPositive();

                List<List<String>> csv = Sample.csv(export(path, "csv", false));
                assertThat(csv).as(path).hasSize((int) total + 1);
                int width = csv.get(0).size();
                assertThat(csv).as(path).allSatisfy(row -> assertThat(row).hasSize(width));

                List<String> ndjson = export(path, "ndjson", false).lines().toList();
                assertThat(ndjson).as(path).hasSize((int) total);
                JsonNode items = page.get("items");
                for (int i = 0; i < items.size(); i++) {
                    assertThat(json(ndjson.get(i))).as(path + " line " + i).isEqualTo(items.get(i));
                }
                checked++;
            }
        }
        assertThat(checked)
                .isEqualTo(EXPORTABLE.values().stream().mapToInt(List::size).sum() + EXPORTABLE.size());
    }

    @Test
    void theWholeSampleExportsItsUntitledSubsectionsAsEmptyCellsAndNulls() {
        long total = given().baseUri(stack.gateway())
                .get("/api/v1/measures?size=1")
                .then()
                .extract()
                .jsonPath()
                .getLong("totalItems");
        assertThat(total).isGreaterThanOrEqualTo(200);
        List<List<String>> csv = Sample.csv(export("/api/v1/measures?bom=true", "csv", true));
        int code = csv.get(0).indexOf("code");
        int title = csv.get(0).indexOf("title");
        List<String> untitled = csv.stream()
                .skip(1)
                .filter(row -> row.get(title).isEmpty())
                .map(row -> row.get(code))
                .toList();
        assertThat(untitled).as("subsections whose heading the print lacks").isNotEmpty();
        List<String> nullTitles = export("/api/v1/measures", "ndjson", false)
                .lines()
                .map(ExportIT::json)
                .filter(m -> m.get("title").isNull())
                .map(m -> m.get("code").asText())
                .toList();
        assertThat(nullTitles).containsExactlyInAnyOrderElementsOf(untitled);
    }

    @Test
    void exportsAreGzippedByTheGatewayWhenAsked() throws IOException {
        for (String format : List.of("csv", "ndjson")) {
            Response gzipped = given().baseUri(stack.gateway())
                    .config(RestAssuredConfig.config()
                            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", "gzip")
                    .get("/api/v1/measures?format=" + format);
            gzipped.then().statusCode(200).header("Content-Encoding", "gzip");
            String body = new String(
                    new GZIPInputStream(new ByteArrayInputStream(gzipped.asByteArray())).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(body).isEqualTo(export("/api/v1/measures", format, false));
            assertThat(gzipped.asByteArray().length).isLessThan(body.getBytes(StandardCharsets.UTF_8).length / 3);
        }
    }

    @Test
    void everyPageOfEveryListLinksToTheOtherPagesAtTheGateway() {
        for (String template : EXPORTABLE.keySet()) {
            String path = concrete(template);
            Response first = given().baseUri(stack.gateway()).get(with(path, "size=1"));
            first.then().statusCode(200);
            long total = first.jsonPath().getLong("totalItems");
            String link = first.header("Link");
            assertThat(link).as(path).isNotNull();
            String base = stack.gateway() + path;
            assertThat(link)
                    .as(path)
                    .contains("<" + with(base, "size=1&page=0") + ">; rel=\"first\"")
                    .contains("<" + with(base, "size=1&page=" + (total - 1)) + ">; rel=\"last\"");
            if (total > 1) {
                assertThat(link).as(path).contains("<" + with(base, "size=1&page=1") + ">; rel=\"next\"");
            }
        }
        assertThat(given().baseUri(stack.gateway())
                        .queryParam("q", "ものづくり")
                        .get("/api/v1/search")
                        .header("Link"))
                .startsWith("<" + stack.gateway() + "/api/v1/search?");
    }

    private static String export(String path, String format, boolean bomExpected) {
        Response r = given().baseUri(stack.gateway()).get(with(path, "format=" + format));
        r.then().statusCode(200);
        assertThat(r.contentType()).as(path).startsWith(format.equals("csv") ? "text/csv" : "application/x-ndjson");
        byte[] bytes = r.asByteArray();
        boolean bom =
                bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        assertThat(bom).as(path + " starts with a byte order mark").isEqualTo(bomExpected);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
