package io.monozukuri.contracts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of money an amount of a budget clause is. */
@Schema(
        name = "BudgetType",
        description = "INITIAL = 当初, SUPPLEMENTARY = 補正, RESERVE = 予備費, TOTAL = a sum of the other amounts, OTHER")
public enum BudgetType {
    INITIAL,
    SUPPLEMENTARY,
    RESERVE,
    TOTAL,
    OTHER
}
