package io.monozukuri.measures;

/** What kind of money an amount of a budget clause is. */
public enum BudgetType {
    INITIAL,
    SUPPLEMENTARY,
    RESERVE,
    TOTAL,
    OTHER
}
