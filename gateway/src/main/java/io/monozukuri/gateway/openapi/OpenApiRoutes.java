package io.monozukuri.gateway.openapi;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the public document at {@code /openapi.json} and {@code /openapi.yaml} too, beside Quarkus' own
 * {@code /q/openapi}. The document is the one made when the gateway was built (the services' stored documents merged,
 * the gateway's operations added, {@link GatewayDocumentFilter}); nothing is fetched or merged at run time, so it is
 * served whether the services are up or not.
 */
@ApplicationScoped
public class OpenApiRoutes {

    private final OpenApiDocumentService documents;

    public OpenApiRoutes(OpenApiDocumentService documents) {
        this.documents = documents;
    }

    void install(@Observes Router router) {
        router.route("/openapi.json")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(ctx -> serve(ctx, Format.JSON));
        router.route("/openapi.yaml")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(ctx -> serve(ctx, Format.YAML));
    }

    private void serve(RoutingContext ctx, Format format) {
        byte[] document = documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, format);
        ctx.response()
                .putHeader(
                        "Content-Type",
                        format == Format.JSON ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .putHeader("Cache-Control", "no-cache")
                .end(Buffer.buffer(document));
    }
}
