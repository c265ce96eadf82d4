package io.monozukuri.commons.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The envelope of every list answer.
 *
 * @param items the items of this page
 * @param page the 0-based page number
 * @param size the page size asked for
 * @param totalItems how many items match in all
 * @param totalPages how many pages of this size there are
 */
public record PageResponse<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, example = "0") int page,
        @Schema(required = true, example = "20") int size,
        @Schema(required = true, example = "292") long totalItems,
        @Schema(required = true, example = "15") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
