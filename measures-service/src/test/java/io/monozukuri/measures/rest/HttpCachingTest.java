package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.commons.cache.DataVersions;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.StatementCounter;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ETag and 304 on every public read, and the response cache: a repeated read costs no statement, a read right after a
 * write on this instance shows the write.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class HttpCachingTest {

    @Inject
    DataVersion version;

    private static List<String> publicReads(UUID report) {
        String measure = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1");
        return List.of(
                "/api/v1/measures?report=" + report,
                "/api/v1/measures?report=" + report + "&q=量子",
                measure,
                measure + "/history",
                "/api/v1/measures/stats?groupBy=chapter&report=" + report,
                "/api/v1/reports",
                "/api/v1/reports/" + report,
                "/api/v1/reports/" + report + "/outline",
                "/api/v1/ministries");
    }

    @Test
    void everyPublicReadCarriesAnEtagAnswers304WhenUnchangedAndANewEtagAfterAWrite() {
        UUID report = Fixtures.importNew(Fixtures.report());
        List<String> paths = publicReads(report);
        List<String> before = paths.stream().map(this::assertConditional).toList();

        // a correction (a write of this instance) changes the data version, so every ETag
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"note\": \"ETag test\", \"title\": \"訂正後の題名\"}")
                .patch("/api/v1/measures/" + Fixtures.measureId(report, "1-1-1"))
                .then()
                .statusCode(200);
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            given().header("If-None-Match", before.get(i)).get(path).then().statusCode(200);
            assertThat(assertConditional(path)).as(path).isNotEqualTo(before.get(i));
        }
    }

    @Test
    void aCachedListNamesTheOriginItWasAskedAtInItsLinks() {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures?report=" + report + "&size=2";
        for (int round = 0; round < 2; round++) { // the second round is served from the cache
            for (String host : List.of("api.example.org", "other.example.net")) {
                String link = given().header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", host)
                        .get(path)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("Link");
                assertThat(link).as(host + ", round " + round).contains("https://" + host + "/api/v1/measures?");
            }
            String direct = given().get(path).then().statusCode(200).extract().header("Link");
            assertThat(direct).as("no forwarded headers").doesNotContain("example");
        }
    }

    /** 200 with a weak ETag, Cache-Control and Vary; 304 for that ETag (also weakly, in a list); 200 for another. */
    private String assertConditional(String path) {
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
                .header("Cache-Control", equalTo("public, no-cache"))
                .body(emptyString());
        given().header("If-None-Match", "\"other\", " + etag.substring(2))
                .get(path)
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
        return etag;
    }

    @Test
    void etagChangesWithTheRepresentationAndTheData() {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures?report=" + report;
        String json = given().get(path).then().extract().header("ETag");
        String csv = given().header("Accept", "text/csv")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String page = given().get(path + "&page=1").then().extract().header("ETag");
        assertThat(csv).isNotEqualTo(json);
        assertThat(page).isNotEqualTo(json);

        // any import changes the data version
        Fixtures.importNew(Fixtures.report());
        given().header("If-None-Match", json).get(path).then().statusCode(200);
        assertThat(given().get(path).then().extract().header("ETag")).isNotEqualTo(json);
    }

    @Test
    void aRepeatedReadCostsNoStatementAndIsTheSameAnswer() {
        UUID report = Fixtures.importNew(Fixtures.report());
        assertThat(version.current()).as("the listener knows the version").isNotEqualTo(DataVersion.UNKNOWN);
        String byId = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-③");
        String list = "/api/v1/measures?report=" + report + "&size=5&page=1";

        statements();
        ExtractableResponse<Response> first =
                given().get(byId).then().statusCode(200).extract();
        assertThat(statements()).as("a measure is read in one statement").isEqualTo(1);

        statements();
        ExtractableResponse<Response> again =
                given().get(byId).then().statusCode(200).extract();
        assertThat(statements()).as("served from the cache").isZero();
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(again.header("X-Request-ID")).isNotBlank();
        assertThat(given().header("X-Request-ID", "cached-1").get(byId).header("X-Request-ID"))
                .isEqualTo("cached-1");
        given().header("If-None-Match", first.header("ETag")).get(byId).then().statusCode(304);
        assertThat(given().head(byId).then().statusCode(200).extract().header("Content-Length"))
                .isEqualTo(Integer.toString(first.asByteArray().length));

        statements();
        ExtractableResponse<Response> page =
                given().get(list).then().statusCode(200).extract();
        assertThat(statements()).as("a page and its total").isEqualTo(2);
        statements();
        given().get(list.replace("page=1", "page=2")).then().statusCode(200);
        assertThat(statements())
                .as("the total of a filter is counted once per version")
                .isEqualTo(1);
        statements();
        assertThat(given().get(list).then().statusCode(200).extract().asByteArray())
                .isEqualTo(page.asByteArray());
        assertThat(statements()).isZero();

        // another Accept is another answer
        statements();
        given().header("Accept", "application/json").get(byId).then().statusCode(200);
        assertThat(statements()).isEqualTo(1);

        // nothing that comes with Authorization is served from or kept in the cache
        statements();
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .get(byId)
                .then()
                .statusCode(200);
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .get(byId)
                .then()
                .statusCode(200);
        assertThat(statements()).isEqualTo(2);
    }

    @Test
    void aReadRightAfterAWriteOnThisInstanceShowsTheWrite() {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1");
        String list = "/api/v1/measures?report=" + report + "&q=訂正済";
        given().get(path).then().statusCode(200).body("corrected", equalTo(false));
        given().get(list).then().statusCode(200).body("totalItems", equalTo(0));
        for (int i = 1; i <= 3; i++) {
            String title = "訂正済" + i;
            given().header("Authorization", Tokens.bearer(Tokens.editor()))
                    .contentType("application/merge-patch+json; charset=UTF-8")
                    .body("{\"title\": \"" + title + "\"}")
                    .patch(path)
                    .then()
                    .statusCode(200);
            given().get(path).then().statusCode(200).body("title", equalTo(title));
            given().get(list).then().statusCode(200).body("totalItems", equalTo(1));
        }
    }

    @Test
    void errorsAreNotCached() {
        given().get("/api/v1/measures/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("ETag", nullValue())
                .header("Cache-Control", nullValue());
        // If-None-Match: * matches only a representation that exists
        given().header("If-None-Match", "*")
                .get("/api/v1/measures/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().get("/api/v1/measures?size=0").then().statusCode(400).header("ETag", nullValue());
    }

    private StatementCounter counter;

    @BeforeEach
    void count() {
        counter = StatementCounter.start(DataVersions.CONNECTION_NAME_SUFFIX);
        CountingPool.take();
    }

    @AfterEach
    void stopCounting() {
        counter.close();
    }

    /**
     * Statements sent to PostgreSQL since the last call, through JDBC or the reactive client (the data version
     * listener's own are not counted).
     */
    private long statements() {
        return counter.take() + CountingPool.take();
    }
}
