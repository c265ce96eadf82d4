package io.monozukuri.gateway.edge;

import io.monozukuri.commons.requestid.RequestIds;
import io.monozukuri.gateway.config.GatewayConfig;
import io.quarkus.vertx.http.runtime.HttpCompressionHandler;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What happens to every request before it is routed: the request id is accepted or made (and put where the
 * proxy, the logs and problem bodies find it), then the client's rate limit is counted.
 */
@ApplicationScoped
public class EdgeRoutes {

    /** After Quarkus' own early handlers (compression is at 0), before every route that answers. */
    public static final int ORDER = 100;

    private final GatewayConfig config;
    private final RateLimiter limiter;
    private final ProblemResponses problems;
    private final JWTParser jwtParser;
    private final Set<String> compressedTypes;

    public EdgeRoutes(
            GatewayConfig config,
            RateLimiter limiter,
            ProblemResponses problems,
            JWTParser jwtParser,
            @ConfigProperty(name = "quarkus.http.compress-media-types") List<String> compressMediaTypes) {
        this.config = config;
        this.limiter = limiter;
        this.problems = problems;
        this.jwtParser = jwtParser;
        this.compressedTypes = Set.copyOf(compressMediaTypes);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        // the proxied request, Quarkus REST's filters and the access log all read it from here
        request.headers().set(RequestIds.HEADER, id);
        ctx.put(RequestIds.MDC_KEY, id);
        RequestIds.set(id);
        ctx.addHeadersEndHandler(v -> response.headers().set(RequestIds.HEADER, id));
        // proxied answers and the OpenAPI routes are compressed like Quarkus REST answers
        ctx.addHeadersEndHandler(v -> HttpCompressionHandler.compressIfNeeded(ctx, compressedTypes));

        if (config.rateLimit().enabled() && limited(request.path())) {
            RateLimiter.Decision decision = limiter.acquire(clientOf(request));
            ctx.addHeadersEndHandler(v -> {
                response.headers().set("RateLimit-Limit", Integer.toString(decision.limit()));
                response.headers().set("RateLimit-Remaining", Integer.toString(decision.remaining()));
                response.headers().set("RateLimit-Reset", Long.toString(decision.resetSeconds()));
                response.headers().set("RateLimit-Policy", decision.limit() + ";w=60");
            });
            if (!decision.allowed()) {
                response.putHeader("Retry-After", Long.toString(decision.resetSeconds()));
                problems.send(
                        ctx,
                        429,
                        "rate-limited",
                        "Too Many Requests",
                        "At most " + decision.limit() + " requests a minute are allowed; try again in "
                                + decision.resetSeconds() + " s");
                return;
            }
        }
        ctx.next();
    }

    private boolean limited(String path) {
        if (path == null) {
            return false;
        }
        for (String prefix : config.rateLimit().paths()) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a bearer token this gateway can verify, otherwise the client address (which Quarkus
     * takes from {@code Forwarded}/{@code X-Forwarded-For} when {@code quarkus.http.proxy.*} allows it). A
     * token that does not verify counts as its address, so made-up tokens do not get fresh limits.
     */
    String clientOf(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                JsonWebToken token = jwtParser.parse(authorization.substring(7).trim());
                if (token.getSubject() != null) {
                    return "sub:" + token.getSubject();
                }
            } catch (Exception e) {
                // not a token this gateway can verify: limit by address
            }
        }
        return "ip:"
                + (request.remoteAddress() == null
                        ? "unknown"
                        : request.remoteAddress().hostAddress());
    }
}
