package io.monozukuri.measures.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ministry named in a measure's ministries clause. */
@Schema(name = "MeasureMinistry")
public record MinistryRef(
        @Schema(required = true, example = "METI") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
        @Schema(required = true, example = "経済産業省") @NotBlank @Size(max = 200) String name,
        @Schema(description = "the form printed in the report", example = "経産省") @Size(max = 100) String shortName,
        @Schema(example = "Ministry of Economy, Trade and Industry") @Size(max = 200) String nameEn) {}
