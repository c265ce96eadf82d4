package io.monozukuri.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One hit of the search across services.
 *
 * @param type what was found
 * @param id the id of the measure or award scheme
 * @param title the measure's title or the scheme's name
 * @param snippet the matching passage when measures-service gives one, otherwise the start of the text
 * @param code the measure's code (measures only)
 * @param fiscalYear the fiscal year of the report (measures only)
 * @param rank 1-based position of this hit in the whole result
 * @param score the fused score the hits are ordered by (reciprocal rank fusion)
 * @param href where the full record is
 */
@Schema(name = "SearchHit", description = "A measure or award scheme matching a search")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(
        @Schema(required = true) Type type,
        @Schema(required = true, example = "0f8fad5b-d9cb-469f-a165-70867728950e") String id,
        @Schema(required = true, example = "AIチップ・次世代情報処理技術・情報通信技術等の開発") String title,
        @Schema(example = "IoT社会の到来により増加した膨大な量の情報を…") String snippet,
        @Schema(example = "1-1-1-(2)-①") String code,
        @Schema(example = "2020") Integer fiscalYear,
        @Schema(required = true, example = "1") int rank,
        @Schema(required = true, example = "0.016393") double score,
        @Schema(required = true, example = "/api/v1/measures/0f8fad5b-d9cb-469f-a165-70867728950e") String href) {

    /** The kinds of records the search covers. */
    @Schema(
            name = "SearchHitType",
            enumeration = {"MEASURE", "AWARD_SCHEME"})
    public enum Type {
        MEASURE,
        AWARD_SCHEME
    }
}
