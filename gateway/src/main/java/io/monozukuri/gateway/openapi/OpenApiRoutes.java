package io.monozukuri.gateway.openapi;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the merged document: JSON at {@code /q/openapi} and {@code /openapi.json}, YAML at
 * {@code /q/openapi?format=yaml} (or with {@code Accept: application/yaml}) and {@code /openapi.yaml}.
 */
@ApplicationScoped
public class OpenApiRoutes {

    private final OpenApiCatalog catalog;

    public OpenApiRoutes(OpenApiCatalog catalog) {
        this.catalog = catalog;
    }

    void install(@Observes Router router) {
        for (String path : new String[] {"/q/openapi", "/openapi.json", "/openapi.yaml"}) {
            router.route(path)
                    .method(HttpMethod.GET)
                    .method(HttpMethod.HEAD)
                    .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .blockingHandler(this::serve, false);
        }
    }

    void serve(RoutingContext ctx) {
        OpenApiCatalog.Rendered document = catalog.current();
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader("Accept");
        boolean yaml = ctx.request().path().endsWith(".yaml")
                || "yaml".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.contains("yaml") && !accept.contains("json"));
        if (!document.missing().isEmpty()) {
            ctx.response().putHeader("X-OpenAPI-Missing-Sources", String.join(", ", document.missing()));
        }
        ctx.response()
                .putHeader("Content-Type", yaml ? "application/yaml;charset=UTF-8" : "application/json;charset=UTF-8")
                .putHeader("Cache-Control", "no-cache")
                .end(Buffer.buffer(yaml ? document.yaml() : document.json()));
    }
}
