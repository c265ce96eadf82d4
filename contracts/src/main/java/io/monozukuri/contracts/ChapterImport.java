package io.monozukuri.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A chapter of a report's outline, with its sections. */
@Schema(name = "ChapterImport", description = "A chapter of a report's outline, with its sections")
public record ChapterImport(
        @Schema(required = true, example = "1") @NotNull @Min(1) @Max(999) Integer number,
        @Schema(required = true, example = "ものづくり基盤技術の研究開発に関する事項") @NotBlank @Size(max = 500) String title,
        @Size(max = 200) List<@NotNull @Valid Heading> sections) {}
