package io.monozukuri.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One numbered heading of a report (subsection, item or sub-item), as measures-service answers and the gateway reads it. */
@Schema(name = "Measure", description = "One numbered heading of a report (subsection, item or sub-item)")
public record Measure(
        @Schema(
                        required = true,
                        description = "stable across re-ingests of the same report",
                        example = "0b8e5f0e-8f55-3c4e-9a6a-1f4d6f0e2b7c")
                UUID id,
        @Schema(required = true, example = "2b0c8c4e-4d7a-3f0e-8f1b-6a9b3c2d1e0f") UUID reportId,
        @Schema(required = true, example = "2020") int fiscalYear,
        @Schema(required = true, example = "1-1-1-(2)-①") String code,
        @Schema(required = true, example = "SUBITEM") MeasureKind kind,
        @Schema(required = true) Heading chapter,
        @Schema(nullable = true, description = "null for a measure printed outside any section") Heading section,
        @Schema(nullable = true, description = "null for a measure printed outside any subsection") Heading subsection,
        @Schema(nullable = true, example = "2") Integer item,
        @Schema(nullable = true, example = "1") Integer subitem,
        @Schema(
                        nullable = true,
                        type = SchemaType.STRING,
                        format = "uuid",
                        description = "the measure this one is printed under; null for a subsection",
                        example = "4f5e6d7c-8b9a-3c2d-9e1f-0a1b2c3d4e5f")
                UUID parentId,
        @Schema(
                        required = true,
                        nullable = true,
                        description = "null for a subsection whose heading is missing from the print",
                        example = "AIチップ・次世代情報処理技術・情報通信技術等の開発")
                String title,
        @Schema(nullable = true, example = "IoT社会の到来により増加した膨大な量の情報を…") String description,
        @Schema(required = true) List<Budget> budgets,
        @Schema(
                        nullable = true,
                        description = "own money of the measure in yen (内数 pools excluded; a TOTAL amount replaces the"
                                + " amounts it sums); null without any",
                        example = "213310000000")
                Long totalYen,
        @Schema(
                        nullable = true,
                        description = "sum of the 内数 pools the measure gets a share of; null without any amount",
                        example = "13120000000")
                Long partOfYen,
        @Schema(nullable = true, example = "133億10百万円（当初）、1,100億円（2019年度補正）、900億円（2020年度第3次補正）") String budgetText,
        @Schema(required = true, example = "false") boolean partOf,
        @Schema(nullable = true, example = "国立研究開発法人科学技術振興機構運営費交付金") String pool,
        @Schema(required = true) List<MinistryRef> ministries,
        @Schema(nullable = true, description = "再掲, 一部再掲 or null", example = "再掲") String reposted,
        @Schema(required = true, example = "true") boolean hasBody,
        @Schema(required = true) SourceLines source,
        @Schema(required = true) List<AwardSchemeLink> awardSchemes,
        @Schema(required = true, description = "an editor corrected this measure; see its history", example = "false")
                boolean corrected,
        @Schema(
                        required = true,
                        description = "the version of the measure: it changes with every change of the measure (a"
                                + " correction, a re-ingest of its report). Send it back as If-Match: \"<version>\" to"
                                + " correct the measure only while nobody else has changed it",
                        example = "4711")
                long version,
        @Schema(
                        description = "only when searching with q: the best passage, each hit wrapped in 【 and 】",
                        example = "…膨大な量の情報を効率的に活用するため…次世代コンピューティング技術（【量子】コンピュータ…")
                @JsonInclude(JsonInclude.Include.NON_NULL)
                String snippet,
        @Schema(description = "only when searching with q: relevance, higher is better", example = "1.08")
                @JsonInclude(JsonInclude.Include.NON_NULL)
                Double score) {

    public Measure withHit(String snippet, Double score) {
        return new Measure(
                id,
                reportId,
                fiscalYear,
                code,
                kind,
                chapter,
                section,
                subsection,
                item,
                subitem,
                parentId,
                title,
                description,
                budgets,
                totalYen,
                partOfYen,
                budgetText,
                partOf,
                pool,
                ministries,
                reposted,
                hasBody,
                source,
                awardSchemes,
                corrected,
                version,
                snippet,
                score);
    }
}
