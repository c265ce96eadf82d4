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
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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

    @Inject
    TestClock clock;

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
        clock.set(Instant.parse("2026-11-28T10:00:17Z"));
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
        // 17 s into the minute: the window ends in 43 s
        assertThat(refused.header("Retry-After")).isEqualTo("43");
        assertThat(refused.header("RateLimit-Reset")).isEqualTo("43");
        assertThat(DownstreamsResource.clientRequests(DownstreamsResource.measures()))
                .hasSize(3);

        clock.advance(Duration.ofSeconds(42));
        given().when().get("/api/v1/measures").then().statusCode(429).header("Retry-After", "1");
        clock.advance(Duration.ofSeconds(1));
        given().when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", "2")
                .header("RateLimit-Reset", "60");
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
