package io.monozukuri.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error answer of every service.
 *
 * @param type a URI that names the kind of problem
 * @param title a short human summary of that kind
 * @param status the HTTP status code
 * @param detail what went wrong with this request
 * @param instance the request path
 * @param requestId the {@code X-Request-ID} of the request, to find it in the logs
 * @param errors one entry per invalid field or parameter, when there are any
 */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details",
        example =
                """
        {"type":"https://monozukuri.io/problems/validation","title":"Invalid request","status":400,
         "detail":"size: must be less than or equal to 500","instance":"/api/v1/measures",
         "requestId":"6b1d4c0e-1f1e-4c55-9f0a-2f4c2b4f7a10",
         "errors":[{"field":"size","message":"must be less than or equal to 500"}]}""")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, example = "https://monozukuri.io/problems/not-found") URI type,
        @Schema(required = true, example = "Not Found") String title,
        @Schema(required = true, example = "404") int status,
        @Schema(example = "No measure with id 7f0c…") String detail,
        @Schema(example = "/api/v1/measures/7f0c") String instance,
        @Schema(example = "6b1d4c0e-1f1e-4c55-9f0a-2f4c2b4f7a10") String requestId,
        List<FieldError> errors) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field or parameter.
     *
     * @param field the parameter or JSON path
     * @param message why it is invalid
     */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(required = true, example = "size") String field,
            @Schema(required = true, example = "must be less than or equal to 500") String message) {}
}
