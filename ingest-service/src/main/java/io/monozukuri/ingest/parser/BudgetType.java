package io.monozukuri.ingest.parser;

public enum BudgetType {
    INITIAL,
    SUPPLEMENTARY,
    RESERVE,
    TOTAL,
    OTHER
}
