package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.testsupport.HttpLayerContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway at the HTTP layer (414, 431, 413, 408 and the security headers, from {@link HttpLayerContract}), its
 * public links, and a Swagger UI that works under its Content-Security-Policy.
 */
@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class EdgeHardeningTest extends HttpLayerContract {

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"items\":[]}")));
    }

    @Override
    protected String readPath() {
        return "/api/v1/measures";
    }

    @Override
    protected String writeRequestLine() {
        return "PATCH /api/v1/measures/m";
    }

    @Override
    protected long bodyLimit() {
        return 10L * 1024 * 1024;
    }

    @Override
    protected String authorization() {
        return "Bearer not-checked-by-the-gateway";
    }

    @Override
    protected String writeContentType() {
        return "application/merge-patch+json";
    }

    @Test
    void locationAndLinksOfAServiceAreMadePublic() {
        String internal = DownstreamsResource.awards().baseUrl();
        DownstreamsResource.awards()
                .stubFor(post(urlPathMatching("/api/v1/award-schemes/s1/editions"))
                        .willReturn(aResponse()
                                .withStatus(201)
                                .withHeader("Location", internal + "/api/v1/award-schemes/s1/editions/e1")
                                .withHeader("Link", "<" + internal + "/api/v1/award-schemes/s1>; rel=\"up\"")
                                .withHeader("Content-Type", "application/json")
                                .withBody("{}")));

        Response answer = given().contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/award-schemes/s1/editions")
                .then()
                .statusCode(201)
                .extract()
                .response();

        String gateway = base().toString().replaceAll("/$", "");
        assertThat(answer.header("Location")).isEqualTo(gateway + "/api/v1/award-schemes/s1/editions/e1");
        assertThat(answer.header("Link")).isEqualTo("<" + gateway + "/api/v1/award-schemes/s1>; rel=\"up\"");
        assertThat(answer.header("Location")).doesNotContain(internal);
    }

    @Test
    void aComposedViewOfAServiceWhoseDatabaseIsDownIs503WithRetryAfter() {
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse()
                                .withStatus(503)
                                .withHeader("Retry-After", "5")
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody("{\"status\":503,\"detail\":\"The service cannot reach its database\"}")));
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/award-schemes"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"items\":[],\"totalItems\":0}")));

        Response answer = given().queryParam("q", "robot")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .extract()
                .response();
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
    }

    @Test
    void swaggerUiWorksUnderItsContentSecurityPolicy() {
        Response page = given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .extract()
                .response();
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        String html = page.asString();
        // every inline script and style of the page is allowed, and every script it loads is its own
        if (Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S", Pattern.CASE_INSENSITIVE)
                .matcher(html)
                .find()) {
            assertThat(directive(csp, "script-src")).contains("'unsafe-inline'");
        }
        if (html.contains("<style") || html.contains("style=")) {
            assertThat(directive(csp, "style-src")).contains("'unsafe-inline'");
        }
        Matcher src = Pattern.compile("<script[^>]*\\bsrc=\"([^\"]+)\"").matcher(html);
        while (src.find()) {
            assertThat(src.group(1)).as("script source").doesNotStartWith("http");
        }
        // the API itself forbids everything
        assertThat(given().when().get("/api/v1/measures").header("Content-Security-Policy"))
                .startsWith("default-src 'none'");
    }

    private static String directive(String csp, String name) {
        for (String part : csp.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        return "";
    }
}
