package io.monozukuri.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Names the gateway's public URL ({@code gateway.public-url} of {@link io.monozukuri.gateway.config.GatewayConfig}, {@code PUBLIC_URL}) as the document's only server, once
 * at start-up: the document is made at build time, the address is known only where the gateway runs.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PublicServerFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String url = ConfigProvider.getConfig()
                .getOptionalValue("gateway.public-url", String.class)
                .orElse("http://localhost:8080");
        openAPI.setServers(
                new ArrayList<>(List.of(OASFactory.createServer().url(url).description("API gateway"))));
    }
}
