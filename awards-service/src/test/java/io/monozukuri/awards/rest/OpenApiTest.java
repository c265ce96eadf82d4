package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.awards.mapping.ExportColumns;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class OpenApiTest {

    @Test
    void everyOperationIsDocumentedAndSecuredExplicitly() {
        JsonPath doc = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        assertThat(paths)
                .containsKeys(
                        "/api/v1/award-schemes",
                        "/api/v1/award-schemes/{id}",
                        "/api/v1/award-schemes/{schemeId}/editions",
                        "/api/v1/award-schemes/{schemeId}/editions/{editionId}/recipients",
                        "/api/v1/recipients",
                        "/internal/v1/reports/{reportId}/award-schemes");
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            String where = method + " " + path;
            assertThat(op.get("operationId")).as(where).isNotNull();
            assertThat(op.get("summary")).as(where).isNotNull();
            assertThat((List<?>) op.get("tags")).as(where).isNotEmpty();
            List<?> security = (List<?>) op.get("security");
            assertThat(security).as(where).isNotNull();
            if (method.equals("get")) {
                assertThat(security).as(where).isEmpty();
            } else {
                assertThat(security.toString()).as(where).contains("bearerAuth");
            }
        }));
        assertThat(doc.getList("components.schemas.SchemeStatus.enum")).containsExactly("ACTIVE", "ENDED");
        assertThat(doc.getMap("components.schemas")).containsKeys("Problem", "AwardScheme", "Edition", "Recipient");
        assertThat(
                        doc.getString(
                                "paths.'/api/v1/award-schemes/{id}'.get.responses.'404'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void everyListIsExportableWithLinkHeadersAndItsCsvExampleHasTheColumns() throws Exception {
        com.fasterxml.jackson.databind.JsonNode doc = Fixtures.JSON.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Map<String, io.monozukuri.commons.csv.CsvColumns<?>> lists = Map.of(
                "/api/v1/award-schemes", ExportColumns.SCHEME,
                "/api/v1/award-schemes/{id}/statements", ExportColumns.STATEMENT,
                "/api/v1/award-schemes/{schemeId}/editions", ExportColumns.EDITION,
                "/api/v1/award-schemes/{schemeId}/editions/{editionId}/recipients", ExportColumns.RECIPIENT,
                "/api/v1/recipients", ExportColumns.RECIPIENT);
        java.util.Set<String> pages = new java.util.HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> {
            String ref = path.getValue()
                    .at("/get/responses/200/content/application~1json/schema/$ref")
                    .asText();
            if (ref.endsWith("Page")) {
                pages.add(path.getKey());
            }
        });
        assertThat(pages).containsExactlyInAnyOrderElementsOf(lists.keySet());
        for (var list : lists.entrySet()) {
            var get = doc.get("paths").get(list.getKey()).get("get");
            var ok = get.at("/responses/200");
            assertThat(ok.get("headers").has("Link")).as(list.getKey()).isTrue();
            assertThat(ok.get("headers").has("Content-Disposition"))
                    .as(list.getKey())
                    .isTrue();
            assertThat(ok.at("/content/application~1x-ndjson/example").asText())
                    .as(list.getKey())
                    .startsWith("{")
                    .endsWith("}\n");
            String csv = ok.at("/content/text~1csv/examples/csv/value").asText();
            assertThat(csv.substring(0, csv.indexOf("\r\n")))
                    .as(list.getKey())
                    .isEqualTo(String.join(",", list.getValue().header()));
            List<String> parameters = new java.util.ArrayList<>();
            // shared parameters (If-None-Match) are references without a name
            get.get("parameters").forEach(p -> parameters.add(p.path("name").asText()));
            assertThat(parameters).as(list.getKey()).contains("page", "size", "format", "bom");
        }
    }
}
