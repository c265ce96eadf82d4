package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class HttpCachingTest {

    @Test
    void getsCarryAnEtagAndAnswer304WhenUnchanged() {
        UUID report = Fixtures.importNew(Fixtures.report());
        for (String path : new String[] {
            "/api/v1/measures?report=" + report,
            "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1"),
            "/api/v1/measures/stats?groupBy=chapter&report=" + report,
            "/api/v1/reports",
            "/api/v1/reports/" + report,
            "/api/v1/reports/" + report + "/outline",
            "/api/v1/ministries"
        }) {
            String etag = given().get(path)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", equalTo("public, max-age=60"))
                    .extract()
                    .header("ETag");
            assertThat(etag).as(path).matches("\"[0-9a-f]{32}\"");
            given().header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", equalTo(etag))
                    .body(emptyString());
            given().header("If-None-Match", "W/" + etag + ", \"other\"")
                    .get(path)
                    .then()
                    .statusCode(304);
            given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
        }
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
    void errorsAreNotCached() {
        given().get("/api/v1/measures/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("ETag", nullValue())
                .header("Cache-Control", nullValue());
    }
}
