package io.monozukuri.gateway.proxy;

import io.monozukuri.gateway.config.Downstream;
import io.monozukuri.gateway.config.GatewayConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;

/**
 * Makes the absolute links of a proxied answer point at the gateway: a service builds {@code Location} (and
 * {@code Content-Location}, {@code Link}) from the address it was called on, which is its internal one
 * ({@code http://localhost:8082}, {@code http://awards-service:8082}). That origin is replaced by the public base URL
 * ({@code PUBLIC_URL}), or by the scheme and host of the client's request when none is set. Relative links and
 * links to other hosts are left as they are.
 */
@ApplicationScoped
public class PublicLinks {

    private static final List<String> HEADERS = List.of("Location", "Content-Location", "Link");

    private final GatewayConfig config;

    public PublicLinks(GatewayConfig config) {
        this.config = config;
    }

    void rewrite(RoutingContext ctx, Downstream downstream, MultiMap headers) {
        String internal = origin(downstream.baseUri(config));
        String basePath = downstream.baseUri(config).getRawPath() == null
                ? ""
                : downstream.baseUri(config).getRawPath();
        String from = internal + basePath;
        String to = null;
        for (String name : HEADERS) {
            List<String> values = headers.getAll(name);
            if (values.isEmpty() || values.stream().noneMatch(v -> v.contains(from))) {
                continue;
            }
            if (to == null) {
                to = publicBase(ctx.request());
            }
            String target = to;
            headers.remove(name);
            for (String value : values) {
                headers.add(name, value.replace(from, target));
            }
        }
    }

    /** The public base URL, without a trailing slash. */
    String publicBase(HttpServerRequest request) {
        String base = config.links()
                .publicUrl()
                .filter(s -> !s.isBlank())
                .orElseGet(() -> request.scheme() + "://" + request.authority());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
