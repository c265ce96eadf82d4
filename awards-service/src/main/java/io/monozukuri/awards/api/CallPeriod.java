package io.monozukuri.awards.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The call for entries of one edition, both days inclusive. */
@Schema(name = "CallPeriod")
public record CallPeriod(
        @Schema(example = "2021-05-10", nullable = true) LocalDate from,
        @Schema(example = "2021-08-31", nullable = true) LocalDate to) {}
