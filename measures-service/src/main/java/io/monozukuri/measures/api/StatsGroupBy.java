package io.monozukuri.measures.api;

/** What {@code GET /api/v1/measures/stats} groups by. */
public enum StatsGroupBy {
    ministry,
    chapter,
    budgetType,
    fiscalYear
}
