package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.testsupport.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Arranges data through the ingest endpoint, as ingest-service would. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The id the sample report gets in these tests; ingesting it again is idempotent. */
    static final UUID SAMPLE_REPORT =
            UUID.nameUUIDFromBytes("report:test-sample-fy2020".getBytes(StandardCharsets.UTF_8));

    private Fixtures() {}

    /** The body of the sample report's award table (chapter 7 of the FY2020 report, all 15 schemes). */
    static String sampleJson() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/fy2020-award-schemes.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 15 printed schemes of the sample, as maps. */
    static List<Map<String, Object>> sampleSchemes() {
        try {
            Map<String, Object> doc = JSON.readValue(sampleJson(), new TypeReference<>() {});
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> schemes = (List<Map<String, Object>>) doc.get("schemes");
            return schemes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests the sample report; answers name → scheme id. */
    static Map<String, String> ingestSample() {
        List<Map<String, Object>> items = put(SAMPLE_REPORT, sampleJson())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("schemes");
        Map<String, String> ids = new LinkedHashMap<>();
        items.forEach(i -> ids.put((String) i.get("name"), (String) i.get("id")));
        return ids;
    }

    static io.restassured.response.Response put(UUID reportId, String body) {
        return given().auth()
                .oauth2(Tokens.ingest())
                .contentType("application/json")
                .body(body)
                .when()
                .put("/internal/v1/reports/{id}/award-schemes", reportId);
    }

    /** A report body of one fiscal year holding the given schemes. */
    static String report(int fiscalYear, List<Map<String, Object>> schemes) {
        try {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("fiscalYear", fiscalYear);
            doc.put("schemes", schemes);
            return JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printed scheme of a name no other test uses. */
    static Map<String, Object> scheme(String name, List<String> prizes) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("summary", "テスト用の表彰制度（" + name + "）。");
        s.put("ministry", Map.of("code", "METI", "name", "経済産業省"));
        s.put("office", "製造産業局テスト室");
        s.put("prizes", prizes);
        s.put("recruitment", Map.of("method", "PUBLIC_CALL", "text", "一般公募"));
        s.put("frequency", Map.of("kind", "ANNUAL", "text", "毎年"));
        s.put("status", "ACTIVE");
        s.put("source", Map.of("lineStart", 10, "lineEnd", 20, "page", 1));
        return s;
    }

    /** Ingests a one-scheme report of its own and answers the new scheme's id. */
    static String newScheme(String prefix, List<String> prizes) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return put(UUID.randomUUID(), report(2020, List.of(scheme(name, prizes))))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("schemes[0].id");
    }
}
