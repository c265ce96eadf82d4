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

/**
 * The body of measures-service's {@code PUT /internal/v1/reports/{reportId}}: a parsed report with its outline and
 * measures, each measure carrying the ids of the award schemes it mentions.
 */
@Schema(name = "ReportImport", description = "A parsed report with its outline and measures")
public record ReportImport(
        @Schema(
                        required = true,
                        description = "lowercase hex SHA-256 of the normalised text",
                        example = "9f2c1e0b7a6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b")
                @NotNull
                @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits")
                String sourceHash,
        @Schema(required = true, example = "令和2年度においてものづくり基盤技術の振興に関して講じた施策") @NotBlank @Size(max = 500) String title,
        @Schema(required = true, example = "2020") @NotNull @Min(1900) @Max(2200) Integer fiscalYear,
        @Schema(example = "3467") @Min(0) Integer lineCount,
        @Schema(example = "40") @Min(0) Integer pageCount,
        @Schema(example = "12") @Min(0) Integer warningCount,
        @Size(max = 100) List<@NotNull @Valid ChapterImport> chapters,
        @Schema(required = true) @NotNull @Size(max = 20_000) List<@NotNull @Valid MeasureImport> measures) {}
