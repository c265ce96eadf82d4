package io.monozukuri.awards.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ministry in charge of a scheme. */
@Schema(name = "SchemeMinistry", description = "The ministry in charge (担当省庁)")
public record Ministry(
        @Schema(example = "METI") @Pattern(regexp = "[A-Z]{2,12}", message = "must be 2 to 12 capital letters")
                String code,
        @Schema(example = "経済産業省") @Size(max = 100) String name) {}
