package io.monozukuri.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a report's award table, as printed; also what awards-service keeps per report and scheme. */
@Schema(name = "AwardSchemeInput", description = "One row of the award table of a report, as printed")
public record AwardSchemeInput(
        @Schema(required = true, example = "ものづくり日本大賞") @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, example = "我が国産業・文化を支えてきた「ものづくり」を継承・発展させるため、…") @Size(max = 5000) String summary,
        @Schema(nullable = true) @Valid MinistryRef ministry,
        @Schema(nullable = true, example = "製造産業局ものづくり政策審議室") @Size(max = 500) String office,
        @Schema(nullable = true) @Size(max = 50) List<@NotBlank @Size(max = 200) String> prizes,
        @Schema(nullable = true) @Size(max = 2000) String prizeNote,
        @Schema(nullable = true) @Valid Recruitment recruitment,
        @Schema(nullable = true) @Valid Frequency frequency,
        @Schema(nullable = true) @Valid NextCall nextCall,
        @Schema(nullable = true) SchemeStatus status,
        @Schema(nullable = true) @Size(max = 2000) String note,
        @Schema(nullable = true) @Valid SourceLines source) {}
