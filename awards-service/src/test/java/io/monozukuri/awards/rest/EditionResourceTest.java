package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class EditionResourceTest {

    private static RequestSpecification editor() {
        return given().auth().oauth2(Tokens.editor()).contentType("application/json");
    }

    private static String edition(Integer number, int year) {
        return """
                {"number": %s, "year": %d, "callPeriod": {"from": "%d-05-10", "to": "%d-08-31"},
                 "announcementDate": "%d-01-20", "ceremonyDate": "%d-02-27", "notes": "テスト"}"""
                .formatted(number, year, year, year, year + 1, year + 1);
    }

    private static String create(String schemeId, Integer number, int year) {
        return editor().body(edition(number, year))
                .post("/api/v1/award-schemes/{id}/editions", schemeId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }

    @Test
    void createReadUpdateDelete() {
        String scheme = Fixtures.newScheme("版テスト", List.of("経済産業大臣賞"));
        String location = editor().body(edition(9, 2022))
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(201)
                .header(
                        "Location",
                        org.hamcrest.Matchers.containsString("/api/v1/award-schemes/" + scheme + "/editions/"))
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().get("/api/v1/award-schemes/{s}/editions/{e}", scheme, id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("schemeId", equalTo(scheme))
                .body("number", equalTo(9))
                .body("year", equalTo(2022))
                .body("callPeriod.from", equalTo("2022-05-10"))
                .body("callPeriod.to", equalTo("2022-08-31"))
                .body("announcementDate", equalTo("2023-01-20"))
                .body("ceremonyDate", equalTo("2023-02-27"))
                .body("notes", equalTo("テスト"))
                .body("recipientCount", equalTo(0));

        editor().body("{\"title\": \"第１０回テスト大賞\", \"year\": 2024}")
                .put("/api/v1/award-schemes/{s}/editions/{e}", scheme, id)
                .then()
                .statusCode(200)
                .body("number", equalTo(10))
                .body("title", equalTo("第１０回テスト大賞"))
                .body("year", equalTo(2024))
                .body("callPeriod", nullValue());

        create(scheme, 11, 2026);
        given().get("/api/v1/award-schemes/{s}/editions?sort=number", scheme)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].number", equalTo(10))
                .body("items[1].number", equalTo(11));

        editor().delete("/api/v1/award-schemes/{s}/editions/{e}", scheme, id)
                .then()
                .statusCode(204);
        given().get("/api/v1/award-schemes/{s}/editions/{e}", scheme, id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/award-schemes/{s}/editions/{e}", UUID.randomUUID(), id)
                .then()
                .statusCode(404);
    }

    @Test
    void duplicateNumberIs409() {
        String scheme = Fixtures.newScheme("重複テスト", List.of());
        create(scheme, 3, 2020);
        editor().body(edition(3, 2021))
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
        String other = create(scheme, 4, 2021);
        editor().body(edition(3, 2021))
                .put("/api/v1/award-schemes/{s}/editions/{e}", scheme, other)
                .then()
                .statusCode(409);
        // the same number in another scheme is fine
        create(Fixtures.newScheme("重複テスト別", List.of()), 3, 2020);
    }

    @Test
    void yearBeforeTheSchemeBeganIs400() {
        String scheme = Fixtures.newScheme("開始年テスト", List.of());
        editor().body("{\"since\": 2005}")
                .patch("/api/v1/award-schemes/{id}", scheme)
                .then()
                .statusCode(200)
                .body("since", equalTo(2005));
        editor().body(edition(1, 2004))
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        create(scheme, 1, 2005);
        // editions keep the order of their numbers
        create(scheme, 3, 2009);
        editor().body(edition(2, 2010))
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        editor().body(edition(4, 2008))
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        // since cannot move after an existing edition
        editor().body("{\"since\": 2006}")
                .patch("/api/v1/award-schemes/{id}", scheme)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void invalidEditionsAre400() {
        String scheme = Fixtures.newScheme("不正版テスト", List.of());
        editor().body("{\"number\": 1}")
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(400)
                .body("errors[0].field", endsWith("year"));
        editor().body("{\"number\": 0, \"year\": 2020}")
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(400);
        editor().body("{\"year\": 2020, \"callPeriod\": {\"from\": \"2020-09-01\", \"to\": \"2020-05-01\"}}")
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("callPeriod.to"));
        editor().body("{\"year\": 2020, \"ceremonyDate\": \"2020-13-01\"}")
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        editor().body(edition(1, 2020))
                .post("/api/v1/award-schemes/{id}/editions", UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void writesNeedAnEditorToken() {
        String scheme = Fixtures.newScheme("認可テスト", List.of());
        String id = create(scheme, 1, 2020);
        String path = "/api/v1/award-schemes/" + scheme + "/editions";
        given().contentType("application/json")
                .body(edition(2, 2021))
                .post(path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().auth()
                .oauth2(Tokens.forgedEditor())
                .contentType("application/json")
                .body(edition(2, 2021))
                .post(path)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.expiredEditor())
                .contentType("application/json")
                .body(edition(2, 2021))
                .post(path)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.reader())
                .contentType("application/json")
                .body(edition(2, 2021))
                .post(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.reader())
                .contentType("application/json")
                .body(edition(1, 2021))
                .put(path + "/" + id)
                .then()
                .statusCode(403);
        given().delete(path + "/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.reader()).delete(path + "/" + id).then().statusCode(403);
        given().auth()
                .oauth2(Tokens.reader())
                .contentType("application/json")
                .body("{\"since\": 2000}")
                .patch("/api/v1/award-schemes/" + scheme)
                .then()
                .statusCode(403);
        given().get(path + "/" + id).then().statusCode(200).body("year", equalTo(2020));
    }
}
