package io.monozukuri.commons.http;

import io.monozukuri.commons.requestid.RequestIds;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first look at every request of every service and of the gateway, before any route answers: the request line,
 * the headers and a declared body are held to the limits ({@code 414}, {@code 431}, {@code 413}), a body that stops
 * arriving or takes too long is cut off ({@code 408}), all as problem+json; and every answer gets the security
 * headers. Limits come from {@link HttpEdgeConfig} and {@code quarkus.http.limits.max-body-size}, the setting
 * Quarkus itself enforces, so that the answer is the same whichever layer notices first.
 */
@ApplicationScoped
public class HttpEdgeGuard {

    /** Before Quarkus' own body-size check ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    public static final int ORDER = -100;

    private static final Logger LOG = Logger.getLogger(HttpEdgeGuard.class);

    private final HttpEdgeConfig config;
    private final Vertx vertx;
    private final long maxBodySize;
    private final Map<String, String> apiHeaders;
    private final Map<String, String> uiHeaders;

    public HttpEdgeGuard(
            HttpEdgeConfig config,
            Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.config = config;
        this.vertx = vertx;
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(-1L);
        this.apiHeaders = securityHeaders(config, false);
        this.uiHeaders = securityHeaders(config, true);
    }

    /** The largest body accepted, in bytes, or -1 when there is no limit. */
    public long maxBodySize() {
        return maxBodySize;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        request.headers().set(RequestIds.HEADER, requestId);
        ctx.put(RequestIds.MDC_KEY, requestId);
        BareErrorBodies.install(request.connection(), () -> apiHeaders);
        BareErrorBodies.remember(request.connection(), request.path(), requestId);

        if (config.securityHeaders().enabled()) {
            Map<String, String> headers = isUi(request.path()) ? uiHeaders : apiHeaders;
            HttpServerResponse response = ctx.response();
            ctx.addHeadersEndHandler(v -> {
                for (Entry<String, String> header : headers.entrySet()) {
                    if (!response.headers().contains(header.getKey())) {
                        response.headers().set(header.getKey(), header.getValue());
                    }
                }
            });
        }

        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        boolean hasBody = chunked || (contentLength != null && !contentLength.equals("0"));

        if (request.uri().length() > config.maxUriLength()) {
            HttpProblems.send(
                    ctx,
                    414,
                    "uri-too-long",
                    "URI Too Long",
                    "The request target is longer than " + config.maxUriLength() + " characters",
                    hasBody);
            return;
        }
        int headerSize = headerSize(request.headers());
        if (headerSize > config.maxHeaderSize()) {
            HttpProblems.send(
                    ctx,
                    431,
                    "request-header-fields-too-large",
                    "Request Header Fields Too Large",
                    "The request headers take " + headerSize + " bytes; at most " + config.maxHeaderSize()
                            + " are allowed",
                    hasBody);
            return;
        }
        if (contentLength != null) {
            long length;
            try {
                length = Long.parseLong(contentLength.trim());
            } catch (NumberFormatException e) {
                HttpProblems.send(ctx, 400, "bad-request", "Bad Request", "Content-Length is not a number", true);
                return;
            }
            if (length < 0) {
                HttpProblems.send(ctx, 400, "bad-request", "Bad Request", "Content-Length is negative", true);
                return;
            }
            if (maxBodySize >= 0 && length > maxBodySize) {
                tooLarge(ctx, maxBodySize);
                return;
            }
        }
        if (hasBody && !request.isEnded()) {
            watchBody(ctx);
        }
        ctx.next();
    }

    /** Answers 413 and closes the connection, so that the rest of the body is never read. */
    public static void tooLarge(RoutingContext ctx, long limit) {
        HttpProblems.send(
                ctx,
                413,
                "payload-too-large",
                "Payload Too Large",
                "The request body is larger than " + describe(limit) + " (" + limit + " bytes), the limit of "
                        + ctx.request().path(),
                true);
    }

    /**
     * Checks the body's progress once a second (a quarter of the idle timeout when that is shorter) until the request
     * or the answer has ended; a body that stalls or is too slow gets 408 and its connection is closed.
     */
    private void watchBody(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long idle = config.bodyIdleTimeout().toMillis();
        long total = config.bodyTimeout().toMillis();
        long period = Math.max(50, Math.min(1000, idle / 4));
        long started = System.nanoTime();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared = length == null ? -1 : Long.parseLong(length.trim());
        // bytes read, time of the last progress, time the server itself held the body back, time of the last check
        long[] progress = {request.bytesRead(), started, 0, started};
        long timer = vertx.setPeriodic(period, id -> {
            HttpServerResponse response = ctx.response();
            if (request.isEnded() || response.ended() || response.closed()) {
                vertx.cancelTimer(id);
                return;
            }
            long now = System.nanoTime();
            long read = request.bytesRead();
            if (declared >= 0 && read >= declared) {
                // all of it has arrived; what remains (handing it to the application) is the server's business
                vertx.cancelTimer(id);
                return;
            }
            if (read != progress[0]) {
                progress[0] = read;
                progress[1] = now;
            } else if (serverHoldsBack(request)) {
                // a busy server that stopped reading (back-pressure) is not a client that stopped sending
                progress[1] = now;
                progress[2] += now - progress[3];
            }
            progress[3] = now;
            String reason = null;
            if ((now - progress[1]) / 1_000_000 >= idle) {
                reason = "No part of the request body arrived for "
                        + config.bodyIdleTimeout().toSeconds() + " s";
            } else if ((now - started - progress[2]) / 1_000_000 >= total) {
                reason = "The request body did not arrive within "
                        + config.bodyTimeout().toSeconds() + " s";
            }
            if (reason != null) {
                vertx.cancelTimer(id);
                LOG.infof("%s %s: %s (%d bytes read); closing", request.method(), request.path(), reason, read);
                HttpProblems.sendAndClose(ctx, 408, "request-timeout", "Request Timeout", reason);
            }
        });
        ctx.addEndHandler(v -> vertx.cancelTimer(timer));
    }

    /** Whether the server has stopped reading the connection (its buffers are full): the body waits on us. */
    private static boolean serverHoldsBack(HttpServerRequest request) {
        return request.connection() instanceof ConnectionBase base
                && !base.channel().config().isAutoRead();
    }

    private boolean isUi(String path) {
        if (path == null) {
            return false;
        }
        for (String prefix : config.securityHeaders().uiPaths()) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static int headerSize(MultiMap headers) {
        int size = 0;
        for (Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static Map<String, String> securityHeaders(HttpEdgeConfig config, boolean ui) {
        HttpEdgeConfig.SecurityHeaders s = config.securityHeaders();
        Map<String, String> headers = new LinkedHashMap<>();
        if (!s.enabled()) {
            return Map.of();
        }
        headers.put("Strict-Transport-Security", s.hsts());
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", s.referrerPolicy());
        headers.put("X-Frame-Options", s.frameOptions());
        headers.put("Content-Security-Policy", ui ? s.uiContentSecurityPolicy() : s.contentSecurityPolicy());
        return Map.copyOf(headers);
    }

    /** {@code 10485760} → {@code 10 MB}. */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
