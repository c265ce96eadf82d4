package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.gateway.config.Downstream;
import io.monozukuri.gateway.health.DownstreamProbes;
import io.monozukuri.testsupport.RawHttp;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Oversized bodies, sent without a token, never reach a service and never make the gateway think a service is
 * failing: each client gets a 413 problem at once, and reads through the gateway stay 200 all along.
 */
@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class BodyLimitsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}")));
    }

    private static URI uri(String path) {
        return URI.create(ConfigProvider.getConfig().getValue("test.url", String.class))
                .resolve(path);
    }

    @Test
    void oversizedUploadsAreRefusedAtOnceAndReadsStay200Throughout() throws Exception {
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(elevenMegabytes, (byte) 'x');
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fiftyMegabytes, (byte) 'y');

        AtomicBoolean uploading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<Integer> readStatuses = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Future<?> reader = pool.submit(() -> {
                while (uploading.get() || reads.get() < 5) {
                    readStatuses.add(send(HttpRequest.newBuilder(uri("/api/v1/measures"))
                                    .GET()
                                    .build())
                            .statusCode());
                    reads.incrementAndGet();
                }
                return null;
            });
            List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                uploads.add(pool.submit(() -> send(HttpRequest.newBuilder(uri("/api/v1/measures/m-" + 1))
                        .header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(elevenMegabytes))
                        .build())));
            }
            uploads.add(pool.submit(() -> send(HttpRequest.newBuilder(uri("/api/v1/ingest/reports"))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(fiftyMegabytes))
                    .build())));
            for (Future<HttpResponse<String>> upload : uploads) {
                long started = System.nanoTime();
                HttpResponse<String> answer = upload.get();
                assertThat(answer.statusCode()).isEqualTo(413);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(answer.body()).contains("\"status\":413").contains("limit");
                assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
            }
            uploading.set(false);
            reader.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(readStatuses).isNotEmpty().allMatch(s -> s == 200);
        // nothing was forwarded, and no circuit was opened
        assertThat(DownstreamsResource.clientRequests(DownstreamsResource.measures()))
                .noneMatch(r -> r.getMethod().getName().equals("PATCH"));
        assertThat(DownstreamsResource.clientRequests(DownstreamsResource.ingest()))
                .isEmpty();
        for (Downstream d : Downstream.values()) {
            assertThat(DownstreamProbes.circuit(d)).isEqualTo(CircuitBreakerState.CLOSED);
        }
    }

    @Test
    void aChunkedBodyOverTheRouteLimitIsCutOffWithA413AndTheServiceIsNotBlamed() throws Exception {
        DownstreamsResource.awards()
                .stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));
        byte[] piece = new byte[64 * 1024];
        java.util.Arrays.fill(piece, (byte) ' ');
        for (int round = 0; round < 6; round++) {
            RawHttp.Answer answer = RawHttp.exchange(
                    uri("/"),
                    "POST /api/v1/award-schemes/s/editions HTTP/1.1\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked",
                    out -> {
                        // awards-service accepts 1 MB: send 2 MB
                        for (int i = 0; i < 32; i++) {
                            out.write(RawHttp.chunk(piece));
                        }
                        out.flush();
                    },
                    Duration.ofSeconds(10));
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        }
        assertThat(DownstreamProbes.circuit(Downstream.AWARDS)).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void aServicesOwn4xxAnswersNeverOpenItsCircuit() throws Exception {
        DownstreamsResource.measures()
                .stubFor(patch(urlPathMatching("/api/v1/measures/.*"))
                        .willReturn(aResponse()
                                .withStatus(413)
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody("{\"status\":413}")));
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/measures/m"))
                    .header("Content-Type", "application/merge-patch+json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}"))
                    .build());
            assertThat(answer.statusCode()).isEqualTo(413);
        }
        assertThat(DownstreamProbes.circuit(Downstream.MEASURES)).isEqualTo(CircuitBreakerState.CLOSED);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/measures")).GET().build())
                        .statusCode())
                .isEqualTo(200);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(request, (n, v) -> true)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
