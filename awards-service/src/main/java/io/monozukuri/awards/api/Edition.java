package io.monozukuri.awards.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One edition (第N回 / one year) of a scheme. */
@Schema(name = "Edition")
public record Edition(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schemeId,
        @Schema(example = "9", nullable = true) Integer number,
        @Schema(example = "第9回ものづくり日本大賞", nullable = true) String title,
        @Schema(required = true, example = "2022") int year,
        @Schema(nullable = true) CallPeriod callPeriod,
        @Schema(example = "2023-01-20", nullable = true) LocalDate announcementDate,
        @Schema(example = "2023-02-27", nullable = true) LocalDate ceremonyDate,
        @Schema(nullable = true) String notes,
        @Schema(required = true, example = "12") long recipientCount,
        @Schema(
                        required = true,
                        description =
                                "changes with every change of what this JSON shows; send it back as If-Match: \"<version>\" to write only while nobody else has changed it",
                        example = "4711")
                long version) {}
