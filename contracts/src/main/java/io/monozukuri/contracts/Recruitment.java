package io.monozukuri.contracts;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How candidates are found, as printed in 【…】. */
@Schema(name = "Recruitment", description = "How candidates are found, as printed")
public record Recruitment(
        @Schema(required = true, example = "PUBLIC_CALL") RecruitmentMethod method,
        @Schema(example = "一般公募", nullable = true) @Size(max = 500) String text) {}
