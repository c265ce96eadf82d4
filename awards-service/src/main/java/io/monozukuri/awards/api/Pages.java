package io.monozukuri.awards.api;

import io.monozukuri.contracts.AwardScheme;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Concrete list envelopes, for the OpenAPI document only (the wire type is {@code PageResponse}). */
public final class Pages {

    private Pages() {}

    @Schema(name = "AwardSchemePage")
    public record AwardSchemePage(
            @Schema(required = true) List<AwardScheme> items,
            @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "15") long totalItems,
            @Schema(required = true, example = "1") int totalPages) {}

    @Schema(name = "EditionPage")
    public record EditionPage(
            @Schema(required = true) List<Edition> items,
            @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "9") long totalItems,
            @Schema(required = true, example = "1") int totalPages) {}

    @Schema(name = "RecipientPage")
    public record RecipientPage(
            @Schema(required = true) List<Recipient> items,
            @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "42") long totalItems,
            @Schema(required = true, example = "3") int totalPages) {}

    @Schema(name = "SchemeStatementPage")
    public record SchemeStatementPage(
            @Schema(required = true) List<SchemeStatement> items,
            @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "2") long totalItems,
            @Schema(required = true, example = "1") int totalPages) {}
}
