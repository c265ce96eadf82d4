package io.monozukuri.commons.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Makes the security of every operation explicit: reads are public ({@code security: []}), writes need the bearer
 * token ({@code bearerAuth}), whatever order the build-time filters run in. Enable with
 * {@code mp.openapi.filter=io.monozukuri.commons.openapi.PublicReadsFilter}.
 */
public class PublicReadsFilter implements OASFilter {

    public static final String SCHEME = "bearerAuth";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach((method, operation) -> secure(method, operation)));
    }

    private static void secure(PathItem.HttpMethod method, Operation operation) {
        boolean read = method == PathItem.HttpMethod.GET
                || method == PathItem.HttpMethod.HEAD
                || method == PathItem.HttpMethod.OPTIONS;
        if (read) {
            operation.setSecurity(new ArrayList<>());
        } else if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new ArrayList<>(
                    List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME))));
        }
    }
}
