package io.monozukuri.contracts;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The next call period as printed. {@code from}/{@code to} are {@code YYYY-MM}; {@code --MM} (ISO 8601 month without
 * year) means "that month every year" (e.g. 推薦受付期間：2月～3月).
 */
@Schema(name = "NextCall", description = "The printed next call (次回公募 / 推薦受付期間); months inclusive")
public record NextCall(
        @Schema(example = "2021年5月～8月（予定）") @Size(max = 500) String text,
        @Schema(example = "2021-05", nullable = true, pattern = MONTH)
                @Pattern(regexp = MONTH, message = "must be YYYY-MM or --MM")
                String from,
        @Schema(example = "2021-08", nullable = true, pattern = MONTH)
                @Pattern(regexp = MONTH, message = "must be YYYY-MM or --MM")
                String to) {

    public static final String MONTH = "^(\\d{4}-(0[1-9]|1[0-2])|--(0[1-9]|1[0-2]))$";
}
