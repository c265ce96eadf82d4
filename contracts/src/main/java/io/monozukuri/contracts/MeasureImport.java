package io.monozukuri.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One measure as parsed from a report, before it is stored (no id yet). */
@Schema(name = "MeasureImport", description = "One measure as parsed from a report, before it is stored")
public record MeasureImport(
        @Schema(required = true, example = "1-1-1-(2)-①") @NotBlank @Size(max = 64) String code,
        @Schema(nullable = true, example = "1-1-1-(2)") @Size(max = 64) String parentCode,
        @Schema(required = true, example = "SUBITEM") @NotNull MeasureKind kind,
        @Schema(required = true) @NotNull @Valid Heading chapter,
        @Valid Heading section,
        @Valid Heading subsection,
        @Schema(nullable = true, example = "2") @Min(0) @Max(999) Integer item,
        @Schema(nullable = true, example = "1") @Min(0) @Max(999) Integer subitem,
        @Schema(
                        nullable = true,
                        description = "the printed heading; null only for a subsection whose heading is missing from"
                                + " the print (the parser inferred it from the numbering)",
                        example = "AIチップ・次世代情報処理技術・情報通信技術等の開発")
                @Size(max = 1000)
                String title,
        @Schema(nullable = true, example = "IoT社会の到来により増加した膨大な量の情報を…") @Size(max = 200_000) String description,
        @Size(max = 50) List<@NotNull @Valid Budget> budgets,
        @Schema(nullable = true, example = "133億10百万円（当初）") @Size(max = 2000) String budgetText,
        @Schema(example = "false") boolean partOf,
        @Schema(nullable = true, example = "国立研究開発法人科学技術振興機構運営費交付金") @Size(max = 500) String pool,
        @Size(max = 30) List<@NotNull @Valid MinistryRef> ministries,
        @Schema(nullable = true, description = "再掲, 一部再掲 or null", example = "再掲") @Pattern(regexp = "再掲|一部再掲")
                String reposted,
        @Schema(example = "true") boolean hasBody,
        @Valid SourceLines source,
        @Size(max = 50) List<@NotNull @Valid AwardSchemeLink> awardSchemes) {}
