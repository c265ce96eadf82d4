package io.monozukuri.commons.export;

import io.monozukuri.commons.validation.Param;
import io.monozukuri.commons.validation.Params;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code format} and {@code bom} query parameters of every exportable list; use it as a
 * {@code @BeanParam @Valid ExportRequest} beside {@code PageRequest}. {@code format} overrides the Accept header.
 */
public class ExportRequest {

    @QueryParam("format")
    @Param(type = Param.Type.ENUM, values = ListFormat.class)
    @Parameter(
            description = "representation, overriding the Accept header: json (one page, the default), csv or ndjson"
                    + " (every matching row, streamed; page and size are ignored)",
            schema = @Schema(implementation = ListFormat.class))
    String format;

    @QueryParam("bom")
    @Param(type = Param.Type.BOOLEAN)
    @Parameter(
            description = "CSV only: true starts the file with a UTF-8 byte order mark, which Excel needs to read"
                    + " Japanese",
            schema = @Schema(type = SchemaType.BOOLEAN))
    String bom;

    public ExportRequest() {}

    public ExportRequest(ListFormat format, boolean bom) {
        this.format = format == null ? null : format.name();
        this.bom = Boolean.toString(bom);
    }

    /**
     * The representation asked for: {@code format} when given, else the first acceptable media type of the Accept
     * header that is one of the list's (by quality); JSON for a wildcard, no Accept header or anything else.
     */
    public ListFormat format(HttpHeaders headers) {
        ListFormat chosen = Params.toEnum(format, ListFormat.class);
        if (chosen != null) {
            return chosen;
        }
        if (headers == null) {
            return ListFormat.json;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return ListFormat.json;
            }
            for (ListFormat candidate : ListFormat.values()) {
                if (accepted.isCompatible(MediaType.valueOf(candidate.mediaType))) {
                    return candidate;
                }
            }
        }
        return ListFormat.json;
    }

    /** Whether a CSV export starts with a byte order mark. */
    public boolean bom() {
        return Boolean.TRUE.equals(Params.toBoolean(bom));
    }
}
