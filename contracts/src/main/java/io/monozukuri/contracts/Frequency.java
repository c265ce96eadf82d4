package io.monozukuri.contracts;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often the scheme awards, as printed in ＜…＞. */
@Schema(name = "Frequency", description = "How often the scheme awards, as printed")
public record Frequency(
        @Schema(required = true, example = "TRIENNIAL") FrequencyKind kind,
        @Schema(example = "3年に一度", nullable = true) @Size(max = 500) String text) {}
