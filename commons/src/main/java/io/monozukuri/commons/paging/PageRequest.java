package io.monozukuri.commons.paging;

import io.monozukuri.commons.validation.Param;
import io.monozukuri.commons.validation.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters every list endpoint takes; use it as a
 * {@code @BeanParam @Valid PageRequest}. Taken as text and checked with {@link Param}, so that {@code size=abc} is a 400
 * naming {@code size} together with every other bad parameter of the request.
 */
public class PageRequest {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @Param(type = Param.Type.INTEGER, min = 0, max = MAX_PAGE)
    @Parameter(
            description = "0-based page number",
            example = "0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000"))
    String page;

    @QueryParam("size")
    @Param(type = Param.Type.INTEGER, min = 1, max = MAX_SIZE)
    @Parameter(
            description = "page size, at most 500",
            example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500"))
    String size;

    public PageRequest() {}

    public PageRequest(int page, int size) {
        this.page = Integer.toString(page);
        this.size = Integer.toString(size);
    }

    public int page() {
        Integer p = Params.toInteger(page);
        return p == null ? 0 : p;
    }

    public int size() {
        Integer s = Params.toInteger(size);
        return s == null ? DEFAULT_SIZE : s;
    }

    public long offset() {
        return (long) page() * size();
    }
}
