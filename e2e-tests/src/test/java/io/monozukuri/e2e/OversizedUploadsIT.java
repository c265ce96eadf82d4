package io.monozukuri.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack of issue 12 against the real stack: a dozen 11 MB PATCHes and a 50 MB report, without a token, through
 * the gateway. Each gets a 413 problem within seconds, and reads through the gateway answer 200 all along.
 */
@ExtendWith(StackExtension.class)
class OversizedUploadsIT {

    static Stack stack;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void oversizedUploadsWithoutATokenNeverTakeReadsDown() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        Arrays.fill(eleven, (byte) 'x');
        byte[] fifty = new byte[50 * 1024 * 1024];
        Arrays.fill(fifty, (byte) 'y');
        String measure = "/api/v1/measures/00000000-0000-0000-0000-000000000001";

        AtomicBoolean uploading = new AtomicBoolean(true);
        List<Integer> reads = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<?> reader = pool.submit(() -> {
                while (uploading.get() || reads.size() < 5) {
                    reads.add(send(HttpRequest.newBuilder(uri("/api/v1/measures?size=5"))
                                    .GET()
                                    .build())
                            .statusCode());
                }
                return null;
            });
            List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                uploads.add(pool.submit(() -> send(HttpRequest.newBuilder(uri(measure))
                        .header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(eleven))
                        .build())));
            }
            uploads.add(pool.submit(() -> send(HttpRequest.newBuilder(uri("/api/v1/ingest/reports"))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(fifty))
                    .build())));
            for (Future<HttpResponse<String>> upload : uploads) {
                HttpResponse<String> answer = upload.get();
                assertThat(answer.statusCode()).isEqualTo(413);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
            uploading.set(false);
            reader.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads).isNotEmpty().allMatch(status -> status == 200);
        // and afterwards too: no circuit was opened
        for (int i = 0; i < 5; i++) {
            assertThat(send(HttpRequest.newBuilder(uri("/api/v1/measures?size=5"))
                                    .GET()
                                    .build())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static URI uri(String path) {
        return URI.create(stack.gateway() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(request, (n, v) -> true)
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("answered within seconds: %s", request.uri())
                .isLessThan(15_000);
        return answer;
    }
}
