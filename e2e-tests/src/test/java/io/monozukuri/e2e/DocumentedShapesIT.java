package io.monozukuri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.testsupport.Tokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the running stack answers has the shapes the public document declares, so that typed clients generated from it
 * are told the truth: every field a schema requires is there, every value has one of its schema's types — a null only
 * where the schema allows null — and no object carries a field its schema does not name. Checked on every list of the
 * document (size 500), a read of every kind of item, the stats, an outline, a search and an ingest preview.
 */
@ExtendWith(StackExtension.class)
class DocumentedShapesIT {

    static final ObjectMapper JSON = new ObjectMapper();

    static Stack stack;
    static JsonNode doc;

    @BeforeAll
    static void arrange() throws IOException {
        Sample.ensureIngested(stack);
        doc = JSON.readTree(
                given().baseUri(stack.gateway()).get("/openapi.json").asString());
    }

    private static JsonNode get(String path) {
        try {
            return JSON.readTree(given().baseUri(stack.gateway())
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode schemaOf(String path, String method) {
        return doc.at("/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
                + "/responses/200/content/application~1json/schema");
    }

    @Test
    void everyAnswerHasTheDocumentedShape() throws IOException {
        List<String> problems = new ArrayList<>();
        JsonNode measures = get("/api/v1/measures?size=500");
        check(measures, schemaOf("/api/v1/measures", "get"), "GET /api/v1/measures", problems);
        for (JsonNode m : measures.get("items")) {
            check(
                    get("/api/v1/measures/" + m.get("id").asText()),
                    schemaOf("/api/v1/measures/{id}", "get"),
                    "measure",
                    problems);
        }
        String measureId = measures.get("items").get(0).get("id").asText();
        check(
                get("/api/v1/measures/" + measureId + "/history"),
                schemaOf("/api/v1/measures/{id}/history", "get"),
                "history",
                problems);
        for (String groupBy : List.of("ministry", "chapter", "budgetType", "fiscalYear")) {
            check(
                    get("/api/v1/measures/stats?groupBy=" + groupBy),
                    schemaOf("/api/v1/measures/stats", "get"),
                    "stats",
                    problems);
        }
        JsonNode reports = get("/api/v1/reports");
        check(reports, schemaOf("/api/v1/reports", "get"), "reports", problems);
        String reportId = reports.get("items").get(0).get("id").asText();
        check(get("/api/v1/reports/" + reportId), schemaOf("/api/v1/reports/{id}", "get"), "report", problems);
        check(
                get("/api/v1/reports/" + reportId + "/outline"),
                schemaOf("/api/v1/reports/{id}/outline", "get"),
                "outline",
                problems);
        check(get("/api/v1/ministries?size=500"), schemaOf("/api/v1/ministries", "get"), "ministries", problems);

        JsonNode schemes = get("/api/v1/award-schemes?size=500");
        check(schemes, schemaOf("/api/v1/award-schemes", "get"), "award schemes", problems);
        for (JsonNode s : schemes.get("items")) {
            String id = s.get("id").asText();
            check(
                    get("/api/v1/award-schemes/" + id),
                    schemaOf("/api/v1/award-schemes/{id}", "get"),
                    "scheme",
                    problems);
            check(
                    get("/api/v1/award-schemes/" + id + "/statements"),
                    schemaOf("/api/v1/award-schemes/{id}/statements", "get"),
                    "statements",
                    problems);
            check(
                    get("/api/v1/award-schemes/" + id + "/measures"),
                    schemaOf("/api/v1/award-schemes/{id}/measures", "get"),
                    "scheme measures",
                    problems);
            JsonNode editions = get("/api/v1/award-schemes/" + id + "/editions?size=500");
            check(editions, schemaOf("/api/v1/award-schemes/{schemeId}/editions", "get"), "editions", problems);
            for (JsonNode e : editions.get("items")) {
                String recipients = "/api/v1/award-schemes/" + id + "/editions/"
                        + e.get("id").asText() + "/recipients";
                check(
                        get(recipients + "?size=500"),
                        schemaOf("/api/v1/award-schemes/{schemeId}/editions/{editionId}/recipients", "get"),
                        "recipients",
                        problems);
            }
        }
        JsonNode recipients = get("/api/v1/recipients?size=500");
        check(recipients, schemaOf("/api/v1/recipients", "get"), "recipient search", problems);
        for (JsonNode r : recipients.get("items")) {
            check(
                    get("/api/v1/recipients/" + r.get("id").asText()),
                    schemaOf("/api/v1/recipients/{id}", "get"),
                    "recipient",
                    problems);
        }
        JsonNode jobs = get("/api/v1/ingest/jobs?size=500");
        check(jobs, schemaOf("/api/v1/ingest/jobs", "get"), "jobs", problems);
        for (JsonNode j : jobs.get("items")) {
            check(
                    get("/api/v1/ingest/jobs/" + j.get("id").asText()),
                    schemaOf("/api/v1/ingest/jobs/{id}", "get"),
                    "job",
                    problems);
        }
        check(
                JSON.readTree(given().baseUri(stack.gateway())
                        .queryParam("q", "ものづくり")
                        .get("/api/v1/search")
                        .asString()),
                schemaOf("/api/v1/search", "get"),
                "search",
                problems);
        String preview = given().baseUri(stack.gateway())
                .auth()
                .oauth2(Tokens.ingest())
                .contentType("text/plain; charset=UTF-8")
                .body(java.nio.file.Files.readAllBytes(
                        stack.root().resolve("data/fy2020-monozukuri-white-paper-part2.txt")))
                .post("/api/v1/ingest/preview")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        check(JSON.readTree(preview), schemaOf("/api/v1/ingest/preview", "post"), "preview", problems);

        assertThat(new TreeSet<>(problems))
                .as("answers that differ from the document")
                .isEmpty();
    }

    /** Checks a value against a schema of the document (type, null, required, properties, items, $ref, anyOf). */
    static void check(JsonNode value, JsonNode schema, String where, List<String> problems) {
        assertThat(schema.isMissingNode()).as("no schema for " + where).isFalse();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(value, doc.at(ref.substring(1)), where, problems);
            return;
        }
        if (schema.has("anyOf")) {
            for (JsonNode alternative : schema.get("anyOf")) {
                List<String> found = new ArrayList<>();
                check(value, alternative, where, found);
                if (found.isEmpty()) {
                    return;
                }
            }
            problems.add(where + ": matches none of anyOf");
            return;
        }
        List<String> types = new ArrayList<>();
        if (schema.get("type") != null) {
            if (schema.get("type").isArray()) {
                schema.get("type").forEach(t -> types.add(t.asText()));
            } else {
                types.add(schema.get("type").asText());
            }
        }
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null")) {
                problems.add(where + ": null, but the schema allows " + types);
            }
            return;
        }
        if (!types.isEmpty() && types.stream().noneMatch(t -> is(value, t))) {
            problems.add(where + ": " + value.getNodeType() + ", but the schema says " + types);
            return;
        }
        if (value.isObject()) {
            if (schema.has("required")) {
                schema.get("required").forEach(r -> {
                    if (!value.has(r.asText())) {
                        problems.add(where + "." + r.asText() + ": required, missing");
                    }
                });
            }
            JsonNode properties = schema.get("properties");
            JsonNode additional = schema.get("additionalProperties");
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (properties != null && properties.has(field.getKey())) {
                    check(field.getValue(), properties.get(field.getKey()), where + "." + field.getKey(), problems);
                } else if (additional != null && additional.isObject()) {
                    check(field.getValue(), additional, where + "." + field.getKey(), problems);
                } else if (properties != null) {
                    problems.add(where + "." + field.getKey() + ": not in the schema");
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (JsonNode item : value) {
                check(item, schema.get("items"), where + "[]", problems);
            }
        }
        if (schema.has("enum") && value.isTextual()) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(e -> values.add(e.asText()));
            if (!values.contains(value.asText())) {
                problems.add(where + ": " + value.asText() + " is not one of " + values);
            }
        }
    }

    private static boolean is(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }
}
