package io.monozukuri.gateway.proxy;

import io.monozukuri.commons.http.HttpEdgeGuard;
import io.monozukuri.commons.http.HttpProblems;
import io.monozukuri.gateway.config.Downstream;
import io.monozukuri.gateway.config.GatewayConfig;
import io.monozukuri.gateway.edge.ProblemResponses;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Routes the public paths of each service to it with the Vert.x HTTP proxy: method, path, query, headers and
 * body go through as they are, streamed; status, headers and body come back as they are. Only a call that
 * could not be made gets an answer of the gateway's own: 503 when the service cannot be reached (or its
 * circuit is open), 504 when it does not answer in time, both as problem+json.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    /** Paths under a routed prefix that the gateway answers itself (composed views). */
    static final Pattern GATEWAY_OWNED = Pattern.compile("^/api/v1/award-schemes/[^/]+/measures/?$");

    private static final TypeLiteral<CompletionStage<ProxyResponse>> RESPONSE = new TypeLiteral<>() {};

    /** Seconds a client is told to wait after a 503/504 of a service that cannot be reached or is slow. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ProblemResponses problems;
    private final PublicLinks links;
    private final EdgeCache edgeCache;
    private final Map<Downstream, TypedGuard<CompletionStage<ProxyResponse>>> guards = new EnumMap<>(Downstream.class);
    private HttpClient client;

    public ProxyRoutes(
            GatewayConfig config, Vertx vertx, ProblemResponses problems, PublicLinks links, EdgeCache edgeCache) {
        this.config = config;
        this.edgeCache = edgeCache;
        this.links = links;
        this.vertx = vertx;
        this.problems = problems;
    }

    /** The name of the circuit breaker that guards calls to a service. */
    public static String circuitBreakerName(Downstream downstream) {
        return "proxy-" + downstream.key();
    }

    void install(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true));
        for (Downstream downstream : Downstream.values()) {
            guards.put(downstream, guardFor(downstream));
            for (String prefix : downstream.prefixes(config)) {
                router.routeWithRegex("^" + Pattern.quote(prefix) + "(/.*)?$")
                        .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                        .handler(ctx -> forward(ctx, downstream));
            }
        }
        // internal service-to-service paths are never reachable through the gateway
        router.routeWithRegex("^/internal(/.*)?$")
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(ctx -> problems.send(
                        ctx,
                        404,
                        "not-found",
                        "Not Found",
                        "No resource at " + ctx.request().path()));
    }

    private TypedGuard<CompletionStage<ProxyResponse>> guardFor(Downstream downstream) {
        GatewayConfig.CircuitBreaker cb = config.circuitBreaker();
        return TypedGuard.create(RESPONSE)
                .withDescription("proxy to " + downstream.serviceName())
                .withCircuitBreaker()
                .name(circuitBreakerName(downstream))
                .requestVolumeThreshold(cb.requestVolumeThreshold())
                .failureRatio(cb.failureRatio())
                .delay(cb.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                // the client hung up, or sent a body over the limit: neither says anything about the service
                .skipOn(List.of(ClientGone.class, LimitedBody.TooLarge.class))
                .done()
                .withThreadOffload(false)
                .build();
    }

    void forward(RoutingContext ctx, Downstream downstream) {
        HttpServerRequest request = ctx.request();
        if (GATEWAY_OWNED.matcher(request.path()).matches()) {
            ctx.next();
            return;
        }
        // a public read of a service whose data version is known: from memory when kept (the version is read here,
        // before any call, so that an answer fetched now is kept under it only if it is of that version)
        EdgeCache.Key key = edgeCache.keyOf(ctx, downstream);
        if (key != null && edgeCache.serve(ctx, key)) {
            return;
        }
        URI base = downstream.baseUri(config);
        boolean ssl = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80;
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();

        long limit = downstream.settings(config).maxBodySize().asLongValue();
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null && parseLength(contentLength) > limit) {
            // refused before anything is forwarded; the connection is closed so the body is never read
            HttpEdgeGuard.tooLarge(ctx, limit);
            return;
        }
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        LimitedBody limited = null;
        if (contentLength == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            limited = new LimitedBody(request, limit);
            proxyRequest.setBody(Body.body(limited, -1));
        }
        LimitedBody body = limited;
        boolean sendsBody = limited != null || (contentLength != null && parseLength(contentLength) > 0);
        String uriSent = basePath + request.uri();
        proxyRequest.setURI(uriSent);
        // services answer uncompressed; the gateway compresses at the edge (quarkus.http.enable-compression)
        proxyRequest.headers().remove("Accept-Encoding");
        addForwardedHeaders(proxyRequest, request);

        RequestOptions options = new RequestOptions()
                .setHost(base.getHost())
                .setPort(port)
                .setSsl(ssl)
                .setConnectTimeout(config.proxy().connectTimeout().toMillis())
                .setIdleTimeout(config.proxy().readTimeout().toMillis());
        Context context = vertx.getOrCreateContext();
        long started = System.nanoTime();
        EdgeCache.Key keep = key != null && request.method() == HttpMethod.GET ? key : null;
        guards.get(downstream)
                .get(() -> client.request(options)
                        .compose(proxyRequest::send)
                        // a client that hung up makes the proxy reset its call: not a failure of the service
                        .recover(e -> Future.failedFuture(
                                body != null && body.exceeded()
                                        ? new LimitedBody.TooLarge(limit)
                                        : ctx.response().closed() || (sendsBody && !request.isEnded())
                                                ? new ClientGone(e)
                                                : e))
                        .toCompletionStage())
                .whenComplete((response, failure) -> {
                    // the answer usually completes on the request's own event loop: no extra hop then
                    if (Vertx.currentContext() == context) {
                        complete(ctx, downstream, proxyRequest, response, failure, started, keep);
                    } else {
                        context.runOnContext(
                                v -> complete(ctx, downstream, proxyRequest, response, failure, started, keep));
                    }
                });
    }

    private void complete(
            RoutingContext ctx,
            Downstream downstream,
            ProxyRequest proxyRequest,
            ProxyResponse response,
            Throwable failure,
            long started,
            EdgeCache.Key keep) {
        if (failure == null) {
            links.rewrite(ctx, downstream, response.headers());
            HttpMethod method = ctx.request().method();
            if (method != HttpMethod.GET
                    && method != HttpMethod.HEAD
                    && method != HttpMethod.OPTIONS
                    && response.getStatusCode() < 300) {
                edgeCache.written(downstream);
            }
            Runnable kept = edgeCache.keepWhileSending(keep, response.request().getURI(), response);
            response.send()
                    .onSuccess(v -> {
                        if (kept != null) {
                            kept.run();
                        }
                    })
                    .onFailure(e -> LOG.debugf(
                            "Answer of %s for %s was cut: %s",
                            downstream.serviceName(), ctx.request().path(), e.toString()));
        } else if (unwrap(failure) instanceof LimitedBody.TooLarge tooLarge) {
            proxyRequest.release();
            LOG.infof(
                    "%s %s: body over %d bytes cut off",
                    ctx.request().method(), ctx.request().path(), tooLarge.limit);
            HttpEdgeGuard.tooLarge(ctx, tooLarge.limit);
        } else if (unwrap(failure) instanceof ClientGone) {
            proxyRequest.release();
            LOG.debugf(
                    "%s %s: the client went away or stopped sending its body",
                    ctx.request().method(), ctx.request().path());
            if (!ctx.response().closed()) {
                HttpProblems.sendAndClose(
                        ctx,
                        408,
                        "request-timeout",
                        "Request Timeout",
                        "The request body stopped arriving before it was complete");
            }
        } else {
            proxyRequest.release();
            fail(ctx, downstream, failure, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * The client closed its connection before the service answered (the proxy then resets its call), or stopped
     * sending its body so that the service, still waiting for it, did not answer. Skipped by the circuit breaker:
     * clients that hang up or stall, e.g. at the end of a load test, must not open the circuit of a healthy service
     * for everyone else.
     */
    static final class ClientGone extends RuntimeException {
        ClientGone(Throwable cause) {
            super(cause.toString(), cause, false, false);
        }
    }

    private static void addForwardedHeaders(ProxyRequest proxyRequest, HttpServerRequest request) {
        String client =
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (client != null) {
            String before = request.getHeader("X-Forwarded-For");
            proxyRequest.putHeader("X-Forwarded-For", before == null ? client : before + ", " + client);
        }
        // always the gateway's own view of its public address, which the services build their links from: a client's
        // X-Forwarded-Host must not put another host into links that caches keep (behind a load balancer with
        // PROXY_ADDRESS_FORWARDING=true, scheme() and authority() are already the ones the balancer forwarded)
        proxyRequest.putHeader("X-Forwarded-Proto", request.scheme());
        if (request.authority() != null) {
            proxyRequest.putHeader("X-Forwarded-Host", request.authority().toString());
        } else {
            proxyRequest.headers().remove("X-Forwarded-Host");
        }
    }

    private void fail(RoutingContext ctx, Downstream downstream, Throwable failure, long elapsedMillis) {
        Throwable cause = unwrap(failure);
        String service = downstream.serviceName();
        if (cause instanceof CircuitBreakerOpenException) {
            LOG.warnf(
                    "%s %s: circuit of %s is open",
                    ctx.request().method(), ctx.request().path(), service);
            ctx.response()
                    .putHeader(
                            "Retry-After",
                            Long.toString(
                                    Math.max(1, config.circuitBreaker().delay().toSeconds())));
            problems.send(
                    ctx,
                    503,
                    "downstream-unavailable",
                    "Service Unavailable",
                    service + " failed repeatedly and is not called for a while; try again later");
        } else if (isTimeout(cause)) {
            LOG.warnf(
                    "%s %s: %s did not answer within %d ms",
                    ctx.request().method(), ctx.request().path(), service, elapsedMillis);
            ctx.response().putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            problems.send(ctx, 504, "downstream-timeout", "Gateway Timeout", service + " did not answer in time");
        } else {
            LOG.warnf(
                    "%s %s: %s cannot be reached: %s",
                    ctx.request().method(), ctx.request().path(), service, cause.toString());
            ctx.response().putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            problems.send(
                    ctx,
                    503,
                    "downstream-unavailable",
                    "Service Unavailable",
                    service + " cannot be reached; try again later");
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1; // HttpEdgeGuard already answered 400
        }
    }

    private static boolean isTimeout(Throwable cause) {
        return cause instanceof TimeoutException
                || cause instanceof io.netty.handler.timeout.TimeoutException
                || (cause.getClass().getSimpleName().contains("Timeout")
                        && !(cause instanceof io.netty.channel.ConnectTimeoutException));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException
                        || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
