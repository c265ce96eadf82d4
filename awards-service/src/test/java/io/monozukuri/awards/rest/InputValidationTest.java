package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one input validation layer in awards-service: every bad parameter in one 400 (awards used to stop at the first),
 * strict JSON bodies, NUL refused, 415 without a Content-Type, typed path ids; refused writes change nothing.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class InputValidationTest {

    @Test
    void everyBadParameterIsNamedInOne400() {
        given().queryParam("frequency", "WEEKLY")
                .queryParam("status", "GONE")
                .queryParam("openOn", "2021-13-01")
                .queryParam("report", "x")
                .queryParam("size", "abc")
                .when()
                .get("/api/v1/award-schemes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("frequency", "status", "openOn", "report", "size"));
        given().queryParam("year", "abc")
                .queryParam("prefecture", "火星")
                .queryParam("kind", "ALIEN")
                .queryParam("sort", "height")
                .when()
                .get("/api/v1/recipients")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("year", "kind"));
        given().queryParam("prefecture", "火星")
                .queryParam("sort", "height")
                .when()
                .get("/api/v1/recipients")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("prefecture", "sort"));
    }

    @Test
    void typedPathIds() {
        given().get("/api/v1/award-schemes/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/recipients/42").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void editionBodiesAreReadStrictlyAndRefusedOnesChangeNothing() {
        String scheme = Fixtures.newScheme("検証テスト", List.of("経済産業大臣賞"));
        String editions = "/api/v1/award-schemes/" + scheme + "/editions";
        String[] bad = {
            "{\"year\": \"2020\"}",
            "{\"year\": 2020.7}",
            "{\"year\": 2020, \"yeer\": 2021}",
            "{\"year\": 2020, \"year\": 2021}",
            "{\"year\": 2020, \"title\": \"第1回\\u0000\"}",
            "{\"year\": 2020, \"notes\": 12}"
        };
        for (String body : bad) {
            given().auth()
                    .oauth2(Tokens.editor())
                    .contentType("application/json")
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .when()
                    .post(editions)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(Tokens.editor())
                .body("{\"year\": 2020}".getBytes(StandardCharsets.UTF_8))
                .when()
                .post(editions)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().get(editions).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void theFieldOfAnUnknownOrDuplicateKeyIsNamed() {
        String scheme = Fixtures.newScheme("検証テスト2", List.of("経済産業大臣賞"));
        given().auth()
                .oauth2(Tokens.editor())
                .contentType("application/json")
                .body("{\"year\": 2020, \"year\": 2021}")
                .when()
                .post("/api/v1/award-schemes/" + scheme + "/editions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("year"));
    }
}
