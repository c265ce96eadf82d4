package io.monozukuri.contracts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A numbered chapter, section or subsection heading; the title is null when the print lacks the heading. */
@Schema(name = "Heading", description = "A numbered chapter, section or subsection heading")
public record Heading(
        @Schema(required = true, example = "1") @NotNull @Min(0) @Max(999) Integer number,
        @Schema(nullable = true, example = "ものづくり基盤技術の研究開発に関する事項") @Size(max = 500) String title) {}
