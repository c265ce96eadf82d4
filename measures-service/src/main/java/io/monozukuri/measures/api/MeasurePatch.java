package io.monozukuri.measures.api;

import io.monozukuri.contracts.Budget;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/v1/measures/{id}}: a JSON merge patch (RFC 7396) of the fields an editor may correct;
 * a field left out is kept, a field set to null is cleared. Read as a JSON tree by the service, which checks each
 * field; this record describes it for clients.
 */
@Schema(
        name = "MeasurePatch",
        description = "A JSON merge patch of the correctable fields of a measure, with an optional note",
        example = "{\"title\":\"AIチップ・次世代情報処理技術の開発\",\"note\":\"typo in the title\"}")
public record MeasurePatch(
        @Schema(description = "non-blank, at most 1000 characters", example = "AIチップ・次世代情報処理技術の開発") String title,
        @Schema(description = "at most 200000 characters, or null", nullable = true) String description,
        @Schema(description = "at most 2000 characters, or null", nullable = true, example = "133億10百万円（当初）")
                String budgetText,
        @Schema(description = "at most 50 budgets; null clears them", nullable = true) List<Budget> budgets,
        @Schema(example = "false") Boolean partOf,
        @Schema(description = "at most 500 characters, or null", nullable = true) String pool,
        @Schema(description = "codes of /api/v1/ministries; null clears them", nullable = true, example = "[\"METI\"]")
                List<String> ministries,
        @Schema(description = "再掲, 一部再掲 or null", nullable = true, example = "再掲") String reposted,
        @Schema(description = "why: kept in the history, at most 1000 characters", example = "typo in the title")
                String note) {}
