package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.SmallLimit.class)
@WithTestResource(DownstreamsResource.class)
@WithTestResource(JwtResource.class)
class RateLimitTest {

    /** Three requests a minute. */
    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.enabled", "true", "gateway.rate-limit.per-minute", "3");
        }
    }

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse().withStatus(200)));
    }

    @Test
    void answers429WithRetryAfterOnceTheLimitIsSpent() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().when()
                    .get("/api/v1/measures")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", Integer.toString(remaining));
        }

        Response refused = given().header("X-Request-ID", "rid-limited").when().get("/api/v1/measures");
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429))
                .body("requestId", equalTo("rid-limited"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);
        assertThat(Integer.parseInt(refused.header("RateLimit-Reset"))).isBetween(1, 60);
        assertThat(DownstreamsResource.clientRequests(DownstreamsResource.measures()))
                .hasSize(3);
    }

    @Test
    void eachTokenSubjectHasItsOwnLimitAndHealthIsNotLimited() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/measures").then().statusCode(200);
        }
        given().when().get("/api/v1/measures").then().statusCode(429);

        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", "2");
        // a token that does not verify counts as the address, which is spent
        given().header("Authorization", Tokens.bearer(Tokens.forgedEditor()))
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(429);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
