package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
}
