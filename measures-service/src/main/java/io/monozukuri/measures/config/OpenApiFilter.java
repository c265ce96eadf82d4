package io.monozukuri.measures.config;

import io.monozukuri.commons.problem.Problem;
import java.util.ArrayList;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the document: public reads declare {@code security: []}, and every operation lists the
 * problem+json answers it can give (400 with parameters or a body, 401/403 when secured, 404 with a path id,
 * 500 always).
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Operation op : operations.values()) {
                boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
                if (!secured) {
                    op.setSecurity(new ArrayList<>());
                }
                APIResponses responses = op.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    op.setResponses(responses);
                }
                boolean hasInput =
                        (op.getParameters() != null && !op.getParameters().isEmpty()) || op.getRequestBody() != null;
                if (hasInput) {
                    problem(responses, "400", "The request is invalid");
                }
                if (secured) {
                    problem(responses, "401", "No valid bearer token");
                    problem(responses, "403", "The token lacks the group this needs");
                }
                if (path.getKey().contains("{")) {
                    problem(responses, "404", "Nothing with this id");
                }
                problem(responses, "500", "Unexpected error; quote the request id");
            }
        }
    }

    private static void problem(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(
                        existing != null && existing.getDescription() != null ? existing.getDescription() : description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
        responses.addAPIResponse(status, response);
    }
}
