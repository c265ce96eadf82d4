package io.monozukuri.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service and the gateway must do at the HTTP layer, before any resource runs: refuse a too long request
 * target (414), too large headers (431), a too large body whether declared (Content-Length) or chunked (413), a body
 * that stalls (408), each as an RFC 9457 problem; and send the security headers on every answer. A module's test
 * extends it and says where to write.
 */
public abstract class HttpLayerContract {

    /** A path that answers 200 to a GET without a token. */
    protected abstract String readPath();

    /** A method and path that read a request body. */
    protected abstract String writeRequestLine();

    /** The body limit of {@link #writeRequestLine()}, in bytes. */
    protected abstract long bodyLimit();

    /** An {@code Authorization} header value that lets the write reach the point where its body is read. */
    protected abstract String authorization();

    /** The media type the write accepts. */
    protected String writeContentType() {
        return "application/json";
    }

    protected static URI base() {
        return URI.create(ConfigProvider.getConfig().getValue("test.url", String.class));
    }

    @Test
    void aTooLongRequestTargetIsA414Problem() throws IOException {
        String path = readPath() + "?q=" + "a".repeat(9_000);
        RawHttp.Answer answer = RawHttp.exchange(base(), "GET " + path + " HTTP/1.1", null, Duration.ofSeconds(10));
        assertProblem(answer, 414);
    }

    @Test
    void tooLargeHeadersAreA431Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(
                base(),
                "GET " + readPath() + " HTTP/1.1\r\nX-Filler: " + "b".repeat(20_000),
                null,
                Duration.ofSeconds(10));
        assertProblem(answer, 431);
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedAtOnceWithA413Problem() throws IOException {
        long started = System.nanoTime();
        // the body is never sent: the answer must not wait for it
        RawHttp.Answer answer = RawHttp.exchange(
                base(),
                writeRequestLine() + " HTTP/1.1\r\nContent-Type: " + writeContentType() + "\r\nContent-Length: "
                        + (bodyLimit() + 1),
                null,
                Duration.ofSeconds(10));
        assertProblem(answer, 413);
        assertEquals("close", answer.header("Connection"));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 5_000, "answered within seconds");
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWithA413Problem() throws IOException {
        byte[] piece = new byte[64 * 1024];
        java.util.Arrays.fill(piece, (byte) ' ');
        long pieces = bodyLimit() / piece.length + 2;
        RawHttp.Answer answer = RawHttp.exchange(
                base(),
                writeRequestLine() + " HTTP/1.1\r\nAuthorization: " + authorization() + "\r\nContent-Type: "
                        + writeContentType() + "\r\nTransfer-Encoding: chunked",
                out -> {
                    out.write(RawHttp.chunk("{\"title\":\"".getBytes(StandardCharsets.UTF_8)));
                    for (long i = 0; i < pieces; i++) {
                        out.write(RawHttp.chunk(piece));
                    }
                    out.flush();
                },
                Duration.ofSeconds(20));
        assertProblem(answer, 413);
    }

    @Test
    void aBodyThatStopsArrivingIsA408Problem() throws IOException {
        long started = System.nanoTime();
        RawHttp.Answer answer = RawHttp.exchange(
                base(),
                writeRequestLine() + " HTTP/1.1\r\nAuthorization: " + authorization() + "\r\nContent-Type: "
                        + writeContentType() + "\r\nContent-Length: 1000",
                out -> {
                    out.write("{\"ti".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                },
                Duration.ofSeconds(30));
        assertProblem(answer, 408);
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        assertTrue(elapsed < 15_000, "cut off within seconds, took " + elapsed + " ms");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws IOException {
        RawHttp.Answer ok = RawHttp.exchange(base(), "GET " + readPath() + " HTTP/1.1", null, Duration.ofSeconds(10));
        assertEquals(200, ok.status());
        assertSecurityHeaders(ok);
        RawHttp.Answer notFound = RawHttp.exchange(base(), "GET /no/such/path HTTP/1.1", null, Duration.ofSeconds(10));
        assertEquals(404, notFound.status());
        assertSecurityHeaders(notFound);
    }

    protected static void assertSecurityHeaders(RawHttp.Answer answer) {
        assertNotNull(answer.header("Strict-Transport-Security"), "HSTS");
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertNotNull(answer.header("Referrer-Policy"), "Referrer-Policy");
        assertEquals("DENY", answer.header("X-Frame-Options"));
        assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"), "CSP");
    }

    protected static void assertProblem(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), () -> "status; body: " + answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains("\"status\":" + status), answer.body());
        assertTrue(answer.body().contains("\"requestId\":\""), answer.body());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    }
}
