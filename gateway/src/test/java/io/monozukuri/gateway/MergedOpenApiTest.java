package io.monozukuri.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.gateway.config.Downstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public document is made when the gateway is built, from the documents the services stored at their build: it is
 * served whole with every service stopped, it is the committed {@code openapi/openapi.json}, and it keeps the rules
 * every operation must follow.
 */
@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class MergedOpenApiTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void stopEveryService() {
        GatewayTestSupport.resetDownstreams();
        for (Downstream d : Downstream.values()) {
            DownstreamsResource.stop(d);
        }
    }

    private static JsonNode served(String path) throws IOException {
        return JSON.readTree(given().header("Accept", "application/json")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString());
    }

    @Test
    void theWholeDocumentIsServedWithEveryServiceStoppedAndIsTheCommittedOne() throws IOException {
        JsonNode doc = served("/q/openapi");
        assertThat(doc.path("paths").size()).isGreaterThanOrEqualTo(20);
        assertThat(served("/openapi.json")).isEqualTo(doc);
        JsonNode committed = JSON.readTree(Path.of("../openapi/openapi.json").toFile());
        assertThat(doc)
                .as("the served document is the committed openapi/openapi.json; run openapi/refresh.sh")
                .isEqualTo(committed);
        String yaml = given().when()
                .get("/openapi.yaml")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .extract()
                .asString();
        assertThat(yaml).contains("openapi: 3.1.0").contains("/api/v1/search");
    }

    @Test
    void hasThePublicPathsOfEveryServiceAndOfTheGatewayAndNothingInternal() throws IOException {
        JsonNode doc = served("/q/openapi");
        List<String> paths = new java.util.ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .contains(
                        "/api/v1/measures",
                        "/api/v1/measures/{id}",
                        "/api/v1/reports",
                        "/api/v1/award-schemes",
                        "/api/v1/award-schemes/{id}",
                        "/api/v1/recipients",
                        "/api/v1/ingest/reports",
                        "/api/v1/ingest/jobs/{id}",
                        "/api/v1/search",
                        "/api/v1/award-schemes/{id}/measures");
        assertThat(paths).noneMatch(p -> p.startsWith("/internal") || p.startsWith("/q/"));
        assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo("http://localhost:8080");
        Set<String> schemas = new HashSet<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(schemas::add);
        assertThat(schemas)
                .doesNotContain("UUID", "Instant", "LocalDate", "OffsetDateTime", "ReportImport", "ReportSchemes")
                .noneMatch(s -> s.contains(".") || s.startsWith("PageResponse"));
    }

    @Test
    void everyOperationIsIdentifiedTaggedSecuredAndDocumentsTheEdgeAnswers() throws IOException {
        JsonNode doc = served("/q/openapi");
        Set<String> ids = new HashSet<>();
        Set<String> declaredTags = new HashSet<>();
        doc.path("tags").forEach(t -> declaredTags.add(t.path("name").asText()));
        doc.get("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                String what = method + " " + path.getKey();
                assertThat(ids.add(op.path("operationId").asText())).as(what).isTrue();
                assertThat(op.path("tags")).as(what).isNotEmpty();
                op.path("tags").forEach(t -> assertThat(declaredTags).contains(t.asText()));
                assertThat(op.has("security")).as(what).isTrue();
                JsonNode responses = op.path("responses");
                for (String status : List.of("429", "500", "503", "504")) {
                    assertThat(responses.has(status))
                            .as("%s answers %s", what, status)
                            .isTrue();
                }
                responses.fields().forEachRemaining(r -> assertThat(
                                r.getValue().path("headers").has("X-Request-ID"))
                        .as("%s %s carries X-Request-ID", what, r.getKey())
                        .isTrue());
            }
        });
        JsonNode paths = doc.get("paths");
        assertThat(paths.at("/~1api~1v1~1measures/get/security").toString()).isEqualTo("[]");
        assertThat(paths.at("/~1api~1v1~1measures~1{id}/patch/security").toString())
                .isEqualTo("[{\"bearerAuth\":[]}]");
        assertThat(paths.at("/~1api~1v1~1ingest~1reports/post/responses/202/headers/Location/$ref")
                        .asText())
                .isEqualTo("#/components/headers/Location");
        assertThat(paths.at("/~1api~1v1~1measures~1{id}/get/responses/304").isMissingNode())
                .isFalse();
    }

    @Test
    void everyReferenceResolves() throws IOException {
        JsonNode doc = served("/q/openapi");
        Set<String> refs = new HashSet<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1)).isMissingNode())
                    .as("target of %s", ref)
                    .isFalse();
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
