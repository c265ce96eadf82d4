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
        @Schema(example = "我が国産業・文化を支えてきた「ものづくり」を継承・発展させるため、…") @Size(max = 5000) String summary,
        @Valid MinistryRef ministry,
        @Schema(example = "製造産業局ものづくり政策審議室") @Size(max = 500) String office,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> prizes,
        @Size(max = 2000) String prizeNote,
        @Valid Recruitment recruitment,
        @Valid Frequency frequency,
        @Valid NextCall nextCall,
        SchemeStatus status,
        @Size(max = 2000) String note,
        @Valid SourceLines source) {}
