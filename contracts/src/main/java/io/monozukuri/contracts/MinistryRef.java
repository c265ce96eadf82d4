package io.monozukuri.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ministry named by a measure's ministries clause or in charge of an award scheme.
 *
 * @param code the registry code (METI)
 * @param name the full name (経済産業省)
 * @param shortName the form printed in the report (経産省), when one was printed
 * @param nameEn the English name, when the registry knows it
 */
@Schema(name = "MinistryRef", description = "A ministry, by its registry code and names")
public record MinistryRef(
        @Schema(required = true, example = "METI") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,15}") String code,
        @Schema(required = true, example = "経済産業省") @NotBlank @Size(max = 200) String name,
        @Schema(description = "the form printed in the report; left out when none was printed", example = "経産省")
                @Size(max = 100)
                @JsonInclude(JsonInclude.Include.NON_NULL)
                String shortName,
        @Schema(
                        description = "left out when the registry has none",
                        example = "Ministry of Economy, Trade and Industry")
                @Size(max = 200)
                @JsonInclude(JsonInclude.Include.NON_NULL)
                String nameEn) {}
