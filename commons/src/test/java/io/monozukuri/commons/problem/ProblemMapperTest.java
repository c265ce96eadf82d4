package io.monozukuri.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.json.StrictJson;
import io.monozukuri.commons.requestid.RequestIds;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    record Body(Integer year, String title) {}

    private final ProblemMapper mapper = new ProblemMapper();
    private final ObjectMapper strict = StrictJson.apply(new ObjectMapper());
    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/editions" : null);

    @AfterEach
    void clearRequestId() {
        RequestIds.set(null);
    }

    private static Problem problem(Response response) {
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }

    @Test
    void aProblemExceptionKeepsItsStatusAndFields() {
        RequestIds.set("rid-1");
        Response r = mapper.problem(
                ProblemException.invalid(List.of(
                        new Problem.FieldError("size", "must be between 1 and 500"),
                        new Problem.FieldError("q", "must not be empty"))),
                uri);
        Problem p = problem(r);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(p.type()).hasToString("https://monozukuri.io/problems/validation");
        assertThat(p.instance()).isEqualTo("/api/v1/editions");
        assertThat(p.requestId()).isEqualTo("rid-1");
        assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("size", "q");
        assertThat(p.detail()).isEqualTo("size: must be between 1 and 500; q: must not be empty");
    }

    @Test
    void malformedBodiesNameTheField() {
        Problem unknown = problem(readFailure("{\"yeer\":2020}"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errors()).containsExactly(new Problem.FieldError("yeer", "is not a field of this body"));

        Problem coerced = problem(readFailure("{\"year\":\"2020\"}"));
        assertThat(coerced.errors()).extracting(Problem.FieldError::field).containsExactly("year");

        Problem duplicate = problem(readFailure("{\"year\":1,\"year\":2}"));
        assertThat(duplicate.errors())
                .containsExactly(new Problem.FieldError("year", "appears twice in the same object"));

        Problem nul = problem(readFailure("{\"title\":\"a\\u0000\"}"));
        assertThat(nul.errors()).containsExactly(new Problem.FieldError("title", "must not contain NUL characters"));

        Problem wrapped;
        try {
            strict.readValue("{\"year\":1,\"year\":2}", Body.class);
            throw new AssertionError("a duplicate key was read");
        } catch (Exception e) {
            wrapped = problem(mapper.webApplication(new jakarta.ws.rs.BadRequestException(e), uri));
        }
        assertThat(wrapped.errors())
                .containsExactly(new Problem.FieldError("year", "appears twice in the same object"));

        Problem overflow = problem(readFailure("{\"year\":99999999999999999999}"));
        assertThat(overflow.errors())
                .containsExactly(new Problem.FieldError("year", "is a number out of the range of its type"));

        Problem broken = problem(readFailure("{\"year\":"));
        assertThat(broken.detail()).isEqualTo("The request body is not valid JSON");
    }

    private Response readFailure(String body) {
        try {
            strict.readValue(body, Body.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return mapper.unreadableJson(e, uri);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no failure reading " + body);
    }

    @Test
    void securityAnswers() {
        Response unauthorized = mapper.unauthorized(new UnauthorizedException(), uri);
        assertThat(unauthorized.getStatus()).isEqualTo(401);
        assertThat(unauthorized.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(problem(mapper.forbidden(new ForbiddenException(), uri)).status())
                .isEqualTo(403);
    }

    @Test
    void protocolErrorsKeepTheirStatusAndNeverLeakJavaNames() {
        Problem notFound = problem(mapper.webApplication(new NotFoundException(), uri));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.detail()).isEqualTo("No resource at /api/v1/editions");
        Problem unsupported = problem(mapper.webApplication(new NotSupportedException(), uri));
        assertThat(unsupported.status()).isEqualTo(415);
        assertThat(unsupported.type()).hasToString("https://monozukuri.io/problems/unsupported-media-type");
    }

    @Test
    void theUnexpected() {
        Problem internal = problem(mapper.unexpected(new IllegalStateException("secret detail"), uri));
        assertThat(internal.status()).isEqualTo(500);
        assertThat(internal.detail()).doesNotContain("secret").doesNotContain("IllegalStateException");
    }
}
