package io.monozukuri.contracts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One amount of a budget clause, in printed order. */
@Schema(name = "Budget", description = "One amount of a budget clause, in printed order")
public record Budget(
        @Schema(
                        nullable = true,
                        description = "amount in yen; null for a named pool without amount",
                        example = "13310000000")
                @PositiveOrZero
                @Max(100_000_000_000_000_000L)
                Long amountYen,
        @Schema(nullable = true, description = "the printed qualifier", example = "当初") @Size(max = 200) String label,
        @Schema(required = true, example = "INITIAL") @NotNull BudgetType type,
        @Schema(description = "printed with 約", example = "false") boolean approximate,
        @Schema(description = "the amount is a pool the measure gets a share of (の内数)", example = "false")
                boolean partOf) {}
