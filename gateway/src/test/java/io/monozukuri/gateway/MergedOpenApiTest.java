package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.monozukuri.gateway.openapi.OpenApiCatalog;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class MergedOpenApiTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OpenApiCatalog catalog;

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
        catalog.forget();
    }

    private static void serveDocument(WireMockServer server, String name) throws IOException {
        try (InputStream in = MergedOpenApiTest.class.getResourceAsStream("/openapi/" + name + ".json")) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            server.stubFor(get(urlPathEqualTo("/q/openapi"))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody(body)));
        }
    }

    private JsonNode mergedFromAllServices() throws IOException {
        serveDocument(DownstreamsResource.measures(), "measures");
        serveDocument(DownstreamsResource.awards(), "awards");
        serveDocument(DownstreamsResource.ingest(), "ingest");
        catalog.refresh();
        String body = given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        return JSON.readTree(body);
    }

    @Test
    void hasThePublicPathsOfEveryServiceAndOfTheGateway() throws IOException {
        JsonNode doc = mergedFromAllServices();

        List<String> paths = new ArrayList<>();
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
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("info").path("x-gateway-sources").toString()).doesNotContain("UNAVAILABLE");
    }

    @Test
    void operationIdsAreUniqueAndEveryOperationIsTaggedAndDeclaresSecurity() throws IOException {
        JsonNode doc = mergedFromAllServices();

        Set<String> ids = new HashSet<>();
        Set<String> declaredTags = new HashSet<>();
        doc.path("tags").forEach(t -> declaredTags.add(t.path("name").asText()));
        doc.get("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                assertThat(ids.add(op.path("operationId").asText()))
                        .as("unique operationId %s", op.path("operationId"))
                        .isTrue();
                assertThat(op.path("tags")).isNotEmpty();
                op.path("tags").forEach(t -> assertThat(declaredTags).contains(t.asText()));
                assertThat(op.has("security"))
                        .as("%s %s declares security", method, path.getKey())
                        .isTrue();
                assertThat(op.hasNonNull("summary")).isTrue();
            }
        });
        assertThat(ids).contains("measuresList", "awardsList", "search", "listAwardSchemeMeasures", "getMeasure");
    }

    @Test
    void readsArePublicAndWritesNeedTheBearerScheme() throws IOException {
        JsonNode doc = mergedFromAllServices();
        JsonNode paths = doc.get("paths");

        assertThat(doc.path("components").path("securitySchemes").size()).isEqualTo(1);
        assertThat(doc.path("components")
                        .path("securitySchemes")
                        .path("bearerAuth")
                        .path("scheme")
                        .asText())
                .isEqualTo("bearer");
        assertThat(paths.at("/~1api~1v1~1measures/get/security").toString()).isEqualTo("[]");
        assertThat(paths.at("/~1api~1v1~1search/get/security").toString()).isEqualTo("[]");
        assertThat(paths.at("/~1api~1v1~1ingest~1jobs~1{id}/get/security").toString())
                .isEqualTo("[]");
        assertThat(paths.at("/~1api~1v1~1measures~1{id}/patch/security").toString())
                .isEqualTo("[{\"bearerAuth\":[]}]");
        assertThat(paths.at("/~1api~1v1~1award-schemes/post/security").toString())
                .isEqualTo("[{\"bearerAuth\":[]}]");
        // ingest-service's global requirement is carried onto its operations
        assertThat(paths.at("/~1api~1v1~1ingest~1reports/post/security").toString())
                .isEqualTo("[{\"bearerAuth\":[]}]");
        assertThat(doc.has("security")).isFalse();
    }

    @Test
    void clashingSchemasArePrefixedAndEveryReferenceResolves() throws IOException {
        JsonNode doc = mergedFromAllServices();
        JsonNode schemas = doc.path("components").path("schemas");

        // Source differs between measures and awards: one per service, references rewritten
        assertThat(schemas.has("Source")).isFalse();
        assertThat(schemas.has("MeasuresSource")).isTrue();
        assertThat(schemas.has("AwardsSource")).isTrue();
        assertThat(schemas.at("/Measure/properties/source/$ref").asText())
                .isEqualTo("#/components/schemas/MeasuresSource");
        assertThat(schemas.at("/AwardScheme/properties/source/$ref").asText())
                .isEqualTo("#/components/schemas/AwardsSource");
        // the gateway's page of measures points at measures-service's Measure
        assertThat(schemas.at("/AwardSchemeMeasurePage/properties/items/items/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Measure");
        assertThat(schemas.has("SearchHit")).isTrue();

        Set<String> refs = new HashSet<>();
        collectRefs(doc, refs);
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1))).as("target of %s", ref).isNotNull();
            assertThat(doc.at(ref.substring(1)).isMissingNode())
                    .as("target of %s", ref)
                    .isFalse();
        }
    }

    @Test
    void servesYamlToo() throws IOException {
        mergedFromAllServices();

        String yaml = given().queryParam("format", "yaml")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .contentType("application/yaml")
                .extract()
                .asString();
        assertThat(yaml).contains("openapi:").contains("/api/v1/search");
        given().when().get("/openapi.json").then().statusCode(200).contentType("application/json");
    }

    @Test
    void aServiceThatIsDownLeavesTheRestAndSaysSo() throws IOException {
        serveDocument(DownstreamsResource.measures(), "measures");
        serveDocument(DownstreamsResource.ingest(), "ingest");
        DownstreamsResource.stop(io.monozukuri.gateway.config.Downstream.AWARDS);
        catalog.refresh();

        JsonNode doc = JSON.readTree(given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .header("X-OpenAPI-Missing-Sources", "awards-service")
                .extract()
                .asString());
        assertThat(doc.path("paths").has("/api/v1/measures")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/recipients")).isFalse();
        assertThat(doc.at("/info/x-gateway-sources/awards-service/status").asText())
                .isEqualTo("UNAVAILABLE");
        assertThat(doc.at("/info/description").asText()).contains("awards-service");
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
