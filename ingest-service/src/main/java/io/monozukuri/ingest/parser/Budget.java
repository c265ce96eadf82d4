package io.monozukuri.ingest.parser;

/** One amount of a budget clause; partOf: this amount carries の内数. */
public record Budget(long amountYen, String label, BudgetType type, boolean approximate, boolean partOf) {}
