package io.monozukuri.measures.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Budget sums of the measures matching the filters. Re-listed measures (再掲, 一部再掲) are counted in
 * {@code repostedCount} and never summed; 内数 pools are summed apart from own money, each distinct pool once.
 */
@Schema(name = "MeasureStats")
public record MeasureStats(
        @Schema(required = true, example = "ministry") StatsGroupBy groupBy,
        @Schema(required = true) List<Group> groups,
        @Schema(required = true, description = "the same sums over all matching measures, without overlap")
                Group total) {

    @Schema(name = "MeasureStatsGroup")
    public record Group(
            @Schema(
                            nullable = true,
                            description = "ministry code, chapter number, budget type or fiscal year; null for measures"
                                    + " naming no ministry",
                            example = "METI")
                    String key,
            @Schema(nullable = true, example = "経済産業省") String label,
            @Schema(required = true, description = "measures summed (re-listed ones excluded)", example = "151")
                    long measureCount,
            @Schema(required = true, description = "re-listed measures left out of the sums", example = "12")
                    long repostedCount,
            @Schema(required = true, description = "own money in yen", example = "2134500000000") long ownYen,
            @Schema(required = true, description = "measures that contribute to ownYen", example = "98")
                    long ownMeasureCount,
            @Schema(required = true, description = "sum of the distinct 内数 pools, in yen", example = "1312000000000")
                    long partOfYen,
            @Schema(required = true, description = "distinct 内数 pools with an amount", example = "4")
                    long partOfPoolCount,
            @Schema(required = true, description = "measures funded from a 内数 pool", example = "30")
                    long partOfMeasureCount) {}
}
