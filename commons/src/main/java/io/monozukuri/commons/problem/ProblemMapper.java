package io.monozukuri.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.monozukuri.commons.json.StrictJson;
import io.monozukuri.commons.requestid.RequestIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: every error is an RFC 9457 problem, never a stack
 * trace or an HTML page.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://monozukuri.io/problems/";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "validation", "Invalid request", detail, uri, errors);
    }

    /**
     * Quarkus REST has its own, more specific mapper for {@link MismatchedInputException} (an unknown enum value, a
     * string where a number belongs) that answers plain JSON; this one keeps those answers problem+json.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = null;
        if (e instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            field = mie.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        String message;
        if (e instanceof StrictJson.UnsafeText unsafe) {
            message = unsafe.reason();
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a field of this body";
        } else if (e instanceof InvalidFormatException ife) {
            message = "cannot read value '" + ife.getValue() + "'";
        } else if (e instanceof MismatchedInputException) {
            message = "has the wrong type or shape";
        } else if (coercion(e) != null) {
            // a number too large for its field (99999999999999999999 for an integer): name the field
            if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    && !mapping.getPath().isEmpty()) {
                field = mapping.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[");
            } else if (coercion(e).getProcessor() != null) {
                field = coercion(e).getProcessor().getParsingContext().getCurrentName();
            }
            message = "is a number out of the range of its type";
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field '")) {
            String name = e.getOriginalMessage().substring("Duplicate field '".length());
            field = name.contains("'") ? name.substring(0, name.indexOf('\'')) : name;
            message = "appears twice in the same object";
        } else {
            message = "is not valid JSON";
        }
        List<Problem.FieldError> errors = field == null ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail = field == null ? "The request body " + message : field + " " + message;
        return respond(400, "malformed-body", "Malformed request body", detail, uri, errors);
    }

    private static com.fasterxml.jackson.core.exc.InputCoercionException coercion(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.InputCoercionException c) {
                return c;
            }
        }
        return null;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(Exception e, UriInfo uri) {
        return Response.fromResponse(respond(
                        401,
                        "unauthorized",
                        "Unauthorized",
                        "A valid bearer token is required for this operation",
                        uri,
                        List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(
                403, "forbidden", "Forbidden", "The token does not carry a group allowed to do this", uri, List.of());
    }

    /** 503 with {@code Retry-After}: the request may well succeed a little later. */
    public static Response unavailable(String slug, String detail, UriInfo uri) {
        return Response.fromResponse(respond(503, slug, "Service Unavailable", detail, uri, List.of()))
                .header("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS))
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // the JSON reader wraps some parse failures (a duplicate key) in a 400: answer them as the JSON problem they
        // are
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info != null ? info.getReasonPhrase() : "HTTP " + status;
        String detail = status == 404 && e.getClass() == jakarta.ws.rs.NotFoundException.class
                ? "No resource at " + uri.getPath()
                : safeMessage(e, title);
        Response.ResponseBuilder builder =
                Response.fromResponse(respond(status, slug(title), title, detail, uri, List.of()));
        // keep protocol headers such as Allow (405) or Retry-After (429/503)
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Unavailable.isConnectionFailure(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.toString());
            return unavailable("database-unavailable", "The service cannot reach its database; try again shortly", uri);
        }
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(
                500,
                "internal",
                "Internal Server Error",
                "The server could not complete the request; quote the request id when reporting it",
                uri,
                List.of());
    }

    private static String safeMessage(WebApplicationException e, String fallback) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.startsWith("HTTP ") || message.contains("Exception")) {
            return fallback;
        }
        return message;
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /**
     * The name a client knows: a query parameter's name, or the path of a field inside a bean parameter or a body
     * ({@code size}, {@code budgets[0].amountYen}), never the Java method's name.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        java.util.List<Path.Node> nodes = new java.util.ArrayList<>();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            }
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    // not something the client sent
                }
                default -> nodes.add(node);
            }
        }
        if (nodes.size() == 1
                && nodes.get(0).getKind() == jakarta.validation.ElementKind.PARAMETER
                && isEntity(violation.getRootBeanClass(), method, nodes.get(0).as(Path.ParameterNode.class))) {
            // the body itself (missing or null): the Java parameter's name means nothing to the client
            return "body";
        }
        if (nodes.size() > 1 && nodes.get(0).getKind() == jakarta.validation.ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder name = new StringBuilder();
        for (Path.Node node : nodes) {
            // an element of a list carries its index on the node that follows the list
            if (node.isInIterable()) {
                name.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() == null) {
                continue;
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.length() == 0 ? "request" : name.toString();
    }

    /**
     * Whether a resource method's parameter is its entity (the body): in the class that declares the resource method
     * (the one whose method carries JAX-RS annotations; a generated subclass repeats it without them), it has none of
     * the JAX-RS parameter annotations.
     */
    private static boolean isEntity(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (resource == null || method == null || parameter == null) {
            return false;
        }
        Class<?>[] types = method.getParameterTypes().toArray(new Class<?>[0]);
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            java.lang.reflect.Method declared;
            try {
                declared = type.getDeclaredMethod(method.getName(), types);
            } catch (NoSuchMethodException e) {
                continue;
            }
            boolean resourceMethod = false;
            for (java.lang.annotation.Annotation a : declared.getAnnotations()) {
                resourceMethod |= isJaxRs(a);
            }
            if (!resourceMethod) {
                continue;
            }
            for (java.lang.annotation.Annotation a :
                    declared.getParameterAnnotations()[parameter.getParameterIndex()]) {
                if (isJaxRs(a) && !a.annotationType().getName().equals("jakarta.ws.rs.Encoded")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isJaxRs(java.lang.annotation.Annotation a) {
        String name = a.annotationType().getName();
        return name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.Rest");
    }

    /** Builds a problem answer; also used by filters that reject a request before any resource runs. */
    public static Response respond(
            int status, String slug, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem problem = new Problem(
                URI.create(TYPE_BASE + slug),
                title,
                status,
                detail,
                uri == null ? null : uri.getPath(),
                RequestIds.current(),
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
