package io.monozukuri.commons.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters every list endpoint takes; use it as a
 * {@code @BeanParam @Valid PageRequest}.
 */
public class PageRequest {

    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and 1000000")
    @Max(value = 1_000_000, message = "must be between 0 and 1000000")
    @Parameter(description = "0-based page number", example = "0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and 500")
    @Max(value = MAX_SIZE, message = "must be between 1 and 500")
    @Parameter(description = "page size, at most 500", example = "20")
    int size = 20;

    public PageRequest() {}

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public long offset() {
        return (long) page * size;
    }
}
