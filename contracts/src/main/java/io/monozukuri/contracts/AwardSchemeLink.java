package io.monozukuri.contracts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An award scheme (of awards-service) that a measure mentions. */
@Schema(name = "AwardSchemeLink", description = "An award scheme a measure mentions")
public record AwardSchemeLink(
        @Schema(
                        nullable = true,
                        description =
                                "the scheme's id in awards-service; null only in an ingest preview, before the scheme is"
                                        + " stored",
                        example = "5d6f2a52-4b0e-4a44-9d1e-2f4f2d8c9a11")
                @NotNull
                UUID id,
        @Schema(example = "ものづくり日本大賞") @Size(max = 300) String name) {}
