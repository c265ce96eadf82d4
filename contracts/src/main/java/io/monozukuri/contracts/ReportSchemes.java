package io.monozukuri.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of awards-service's {@code PUT /internal/v1/reports/{reportId}/award-schemes}. */
@Schema(name = "ReportSchemes", description = "Every award scheme one report prints")
public record ReportSchemes(
        @Schema(description = "must equal the path's reportId when given") UUID reportId,
        @Schema(required = true, example = "2020") @NotNull @Min(1900) @Max(2100) Integer fiscalYear,
        @Schema(example = "9f2c1e0b7a6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b") @Size(max = 128)
                String sourceHash,
        @Schema(required = true) @NotNull @Size(max = 1000) List<@NotNull @Valid AwardSchemeInput> schemes) {}
