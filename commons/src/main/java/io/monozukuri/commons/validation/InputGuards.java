package io.monozukuri.commons.validation;

import io.monozukuri.commons.json.StrictJson;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.problem.ProblemMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every request before a resource sees it: query parameters holding NUL or a lone surrogate are refused with
 * one 400 naming each of them (they would otherwise reach the database, which refuses NUL with a 500, or be stored as
 * {@code ?}); a body sent without a Content-Type is refused with 415, as a body of the wrong type is.
 */
public class InputGuards {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> param : query.entrySet()) {
            String nameProblem = StrictJson.unsafe(param.getKey());
            if (nameProblem != null) {
                errors.add(new Problem.FieldError("query", "a parameter name " + nameProblem));
                continue;
            }
            for (String value : param.getValue()) {
                String problem = StrictJson.unsafe(value);
                if (problem != null) {
                    errors.add(new Problem.FieldError(param.getKey(), problem));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
            String detail = errors.stream()
                    .map(e -> e.field() + ": " + e.message())
                    .collect(java.util.stream.Collectors.joining("; "));
            return Optional.of(
                    ProblemMapper.respond(400, "validation", "Invalid request", detail, request.getUriInfo(), errors));
        }
        if (WITH_BODY.contains(request.getMethod()) && declaresBody(request) && request.getMediaType() == null) {
            return Optional.of(ProblemMapper.respond(
                    415,
                    "unsupported-media-type",
                    "Unsupported Media Type",
                    "A request body needs a Content-Type header naming one of the types this operation takes",
                    request.getUriInfo(),
                    List.of()));
        }
        return Optional.empty();
    }

    /**
     * Whether the request sends a body, read from its headers: the body has not been read when this filter runs, so
     * {@link ContainerRequestContext#hasEntity()} does not know yet (it answered false for a body without a
     * Content-Type, which was then read as if it were JSON or text).
     */
    static boolean declaresBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length != null) {
            return !length.isBlank() && !length.strip().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
