package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.monozukuri.commons.cache.DataVersions;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.StatementCounter;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ETag and 304 on every public read of awards-service (schemes, statements, editions, recipients), new ETags after an
 * ingest or an editor's write, and the response cache: a repeated read costs no statement.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class HttpCachingTest {

    private static RequestSpecification editor() {
        return given().auth().oauth2(Tokens.editor()).contentType("application/json; charset=UTF-8");
    }

    private static String created(RequestSpecification request, String path) {
        return request.post(path).then().statusCode(201).extract().jsonPath().getString("id");
    }

    @Test
    void everyPublicReadCarriesAnEtagAnswers304WhenUnchangedAndANewEtagAfterEachKindOfWrite() {
        String scheme = Fixtures.newScheme("ETagテスト", List.of("経済産業大臣賞"));
        String editions = "/api/v1/award-schemes/" + scheme + "/editions";
        String edition = created(editor().body("{\"number\": 3, \"year\": 2021}"), editions);
        String recipients = editions + "/" + edition + "/recipients";
        String recipient = created(
                editor().body("{\"name\": \"株式会社ETag\", \"kind\": \"COMPANY\", \"prefecture\": \"大阪\","
                        + " \"prize\": \"経済産業大臣賞\"}"),
                recipients);
        List<String> paths = List.of(
                "/api/v1/award-schemes",
                "/api/v1/award-schemes?q=ETag&sort=-name",
                "/api/v1/award-schemes/" + scheme,
                "/api/v1/award-schemes/" + scheme + "/statements",
                editions,
                editions + "/" + edition,
                recipients,
                recipients + "/" + recipient,
                "/api/v1/recipients?q=ETag",
                "/api/v1/recipients/" + recipient);

        List<String> tags =
                paths.stream().map(HttpCachingTest::assertConditional).toList();
        // an editor's write
        editor().body("{\"since\": 2000}")
                .patch("/api/v1/award-schemes/" + scheme)
                .then()
                .statusCode(200);
        tags = assertAllChanged(paths, tags);
        editor().body("{\"name\": \"株式会社ETag改\", \"kind\": \"COMPANY\", \"prefecture\": \"大阪\","
                        + " \"prize\": \"経済産業大臣賞\"}")
                .put(recipients + "/" + recipient)
                .then()
                .statusCode(200);
        tags = assertAllChanged(paths, tags);
        given().get(recipients + "/" + recipient).then().body("name", equalTo("株式会社ETag改"));
        // an ingest
        Fixtures.newScheme("ETag別", List.of());
        assertAllChanged(paths, tags);
    }

    private static List<String> assertAllChanged(List<String> paths, List<String> before) {
        List<String> after =
                paths.stream().map(HttpCachingTest::assertConditional).toList();
        for (int i = 0; i < paths.size(); i++) {
            assertThat(after.get(i)).as(paths.get(i)).isNotEqualTo(before.get(i));
            given().header("If-None-Match", before.get(i))
                    .get(paths.get(i))
                    .then()
                    .statusCode(200);
        }
        return after;
    }

    /** 200 with a weak ETag, Cache-Control and Vary; 304 for that ETag (also weakly, in a list); 200 for another. */
    private static String assertConditional(String path) {
        String etag = given().get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache"))
                .header("Vary", equalTo("Accept"))
                .extract()
                .header("ETag");
        assertThat(etag).as(path).matches("W/\"[0-9a-f]{32}\"");
        given().header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
        given().header("If-None-Match", "\"x\", " + etag.substring(2))
                .get(path)
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"x\"").get(path).then().statusCode(200);
        return etag;
    }

    @Test
    void aSchemeIsReadInOneStatementAndARepeatedReadInNone() {
        String scheme = Fixtures.newScheme("一文テスト", List.of("大臣賞", "長官賞"));
        String path = "/api/v1/award-schemes/" + scheme;
        statements();
        ExtractableResponse<Response> first =
                given().get(path).then().statusCode(200).extract();
        assertThat(statements()).isEqualTo(1);
        assertThat(first.jsonPath().getList("prizes")).containsExactly("大臣賞", "長官賞");
        assertThat(first.jsonPath().getList("statements")).hasSize(1);

        statements();
        ExtractableResponse<Response> again =
                given().get(path).then().statusCode(200).extract();
        assertThat(statements()).isZero();
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());

        String list = "/api/v1/award-schemes?q=一文テスト";
        statements();
        given().get(list).then().statusCode(200).body("totalItems", equalTo(1));
        assertThat(statements())
                .as("the page, then its schemes' prizes and statements")
                .isEqualTo(2);
        statements();
        given().get(list).then().statusCode(200).body("totalItems", equalTo(1));
        assertThat(statements()).isZero();
    }

    @Test
    void csvExportsAreNotKeptButCarryTheirOwnEtag() {
        String json = given().get("/api/v1/award-schemes")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String csv = given().get("/api/v1/award-schemes?format=csv")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(csv).isNotEqualTo(json);
        given().header("If-None-Match", csv)
                .get("/api/v1/award-schemes?format=csv")
                .then()
                .statusCode(304);
        statements();
        given().get("/api/v1/award-schemes?format=csv").then().statusCode(200);
        assertThat(statements()).as("streamed, not kept").isPositive();
    }

    @Test
    void errorsCarryNoEtag() {
        given().get("/api/v1/award-schemes/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("ETag", nullValue());
        given().header("If-None-Match", "*")
                .get("/api/v1/recipients/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    private StatementCounter counter;

    @BeforeEach
    void count() {
        counter = StatementCounter.start(DataVersions.CONNECTION_NAME_SUFFIX);
    }

    @AfterEach
    void stopCounting() {
        counter.close();
    }

    /** Statements sent to PostgreSQL since the last call (the data version listener's own are not counted). */
    private long statements() {
        return counter.take();
    }
}
