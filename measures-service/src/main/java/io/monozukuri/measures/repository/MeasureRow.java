package io.monozukuri.measures.repository;

import java.util.UUID;

/**
 * A measure as one statement reads it (see {@link MeasureRepository#findRow}): its columns, and its budgets, ministries
 * (with the registry's names) and award-scheme links as JSON arrays of arrays made by PostgreSQL
 * ({@code [[amountYen, label, type, approximate, partOf], …]}, {@code [[code, name, shortName, nameEn], …]},
 * {@code [[schemeId, name], …]}; null when there are none). {@code mapping/MeasureMapper} makes the API record.
 */
public record MeasureRow(
        UUID id,
        UUID reportId,
        int fiscalYear,
        String code,
        String kind,
        int chapterNumber,
        String chapterTitle,
        Integer sectionNumber,
        String sectionTitle,
        Integer subsectionNumber,
        String subsectionTitle,
        Integer item,
        Integer subitem,
        UUID parentId,
        String title,
        String description,
        String budgetText,
        boolean partOf,
        String pool,
        String reposted,
        boolean hasBody,
        Integer lineStart,
        Integer lineEnd,
        Integer page,
        Long ownYen,
        Long partOfYen,
        boolean corrected,
        long version,
        String budgetsJson,
        String ministriesJson,
        String awardSchemesJson,
        double score) {}
