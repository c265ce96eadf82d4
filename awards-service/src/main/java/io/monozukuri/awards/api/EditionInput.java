package io.monozukuri.awards.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An edition as an editor writes it. When {@code number} is left out and {@code title} contains 第N回, N is the
 * number.
 */
@Schema(name = "EditionInput")
public record EditionInput(
        @Schema(example = "9", description = "the edition number (第9回 → 9); unique within the scheme")
                @Min(1)
                @Max(10000)
                Integer number,
        @Schema(example = "第9回ものづくり日本大賞") @Size(max = 200) String title,
        @Schema(required = true, example = "2022") @NotNull @Min(1868) @Max(2100) Integer year,
        @Valid CallPeriod callPeriod,
        @Schema(example = "2023-01-20") LocalDate announcementDate,
        @Schema(example = "2023-02-27") LocalDate ceremonyDate,
        @Size(max = 5000) String notes) {}
