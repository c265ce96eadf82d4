package io.monozukuri.commons.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.requestid.RequestIds;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Problem answers written at the Vert.x layer, before (or instead of) Quarkus REST: the same RFC 9457 body as
 * {@link io.monozukuri.commons.problem.ProblemMapper}, with the request id.
 */
public final class HttpProblems {

    private static final String TYPE_BASE = "https://monozukuri.io/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpProblems() {}

    /** The body of a problem as bytes. */
    public static byte[] body(int status, String slug, String title, String detail, String path, String requestId) {
        Problem problem = new Problem(URI.create(TYPE_BASE + slug), title, status, detail, path, requestId, null);
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"title\":\"" + title + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** How long the rest of a refused body is read and thrown away before the connection is closed. */
    static final long LINGER_MILLIS = 5_000;

    /**
     * Ends the exchange with a problem unless an answer was already started. With {@code close}, the answer says
     * {@code Connection: close} and the connection is closed once the client has finished sending (what it still
     * sends is read and thrown away, never stored) or after {@link #LINGER_MILLIS} at most: a client that writes its
     * whole body before reading still gets the answer instead of a reset.
     */
    public static void send(RoutingContext ctx, int status, String slug, String title, String detail, boolean close) {
        send(ctx, status, slug, title, detail, close, true);
    }

    /**
     * Ends the exchange with a problem and closes the connection as soon as the answer is written, without reading
     * anything more: for a client that stopped sending, and for a request whose body the application may be reading
     * (its readers are then woken by the close rather than left waiting).
     */
    public static void sendAndClose(RoutingContext ctx, int status, String slug, String title, String detail) {
        send(ctx, status, slug, title, detail, true, false);
    }

    private static void send(
            RoutingContext ctx, int status, String slug, String title, String detail, boolean close, boolean linger) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            if (close && !response.closed()) {
                ctx.request().connection().close();
            }
            return;
        }
        String requestId = ctx.get(RequestIds.MDC_KEY);
        if (requestId == null) {
            requestId = ctx.request().getHeader(RequestIds.HEADER);
        }
        byte[] body = body(status, slug, title, detail, ctx.request().path(), requestId);
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (requestId != null) {
            response.putHeader(RequestIds.HEADER, requestId);
        }
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            if (linger) {
                lingerThenClose(ctx);
            } else {
                HttpConnection connection = ctx.request().connection();
                response.endHandler(v -> connection.close());
            }
        }
        response.end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    private static void lingerThenClose(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpConnection connection = request.connection();
        if (request.isEnded()) {
            ctx.response().endHandler(v -> connection.close());
            return;
        }
        long timer = ctx.vertx().setTimer(LINGER_MILLIS, id -> connection.close());
        try {
            request.handler(ignored -> {});
            request.endHandler(v -> {
                ctx.vertx().cancelTimer(timer);
                connection.close();
            });
            request.exceptionHandler(e -> connection.close());
            request.resume();
        } catch (IllegalStateException alreadyRead) {
            ctx.vertx().cancelTimer(timer);
            ctx.response().endHandler(v -> connection.close());
        }
    }
}
