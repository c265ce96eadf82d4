package io.monozukuri.measures.service;

import java.util.List;

/** The measure filters and sort exactly as the client sent them, before validation. */
public record RawMeasureQuery(
        String report,
        String fiscalYear,
        String chapter,
        String section,
        String kind,
        List<String> ministry,
        String hasBody,
        String hasBudget,
        String q,
        String minYen,
        String maxYen,
        String awardScheme,
        String sort) {}
