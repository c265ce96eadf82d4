package io.monozukuri.measures.api;

import io.monozukuri.contracts.MeasureKind;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The chapter → section → subsection → item → sub-item tree of a report. */
@Schema(name = "Outline")
public record Outline(
        @Schema(required = true) UUID reportId,
        @Schema(required = true, example = "令和2年度においてものづくり基盤技術の振興に関して講じた施策") String title,
        @Schema(required = true, example = "2020") int fiscalYear,
        @Schema(required = true) List<Chapter> chapters) {

    @Schema(name = "OutlineChapter")
    public record Chapter(
            @Schema(required = true, example = "1") int number,
            @Schema(nullable = true, example = "ものづくり基盤技術の研究開発に関する事項") String title,
            @Schema(required = true) List<Section> sections) {}

    /** A section; measures printed outside any section sit in a section with a null number. */
    @Schema(name = "OutlineSection")
    public record Section(
            @Schema(nullable = true, example = "1") Integer number,
            @Schema(nullable = true, example = "ものづくり基盤技術に関する研究開発の推進等") String title,
            @Schema(required = true) List<Node> children) {}

    /** A measure of the tree (subsection, item or sub-item), with its children. */
    @Schema(name = "OutlineNode")
    public record Node(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "1-1-1-(2)") String code,
            @Schema(required = true, example = "ITEM") MeasureKind kind,
            @Schema(nullable = true, example = "2") Integer number,
            @Schema(
                            required = true,
                            nullable = true,
                            description = "null for a subsection whose heading is missing from the print",
                            example = "ものづくり基盤技術の開発支援")
                    String title,
            @Schema(nullable = true, example = "1700000000") Long totalYen,
            @Schema(nullable = true, description = "再掲, 一部再掲 or null", example = "再掲") String reposted,
            @Schema(required = true) List<Node> children) {}
}
