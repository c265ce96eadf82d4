package io.monozukuri.awards.repository;

import java.util.UUID;

/**
 * An award scheme as one statement reads it (see {@link AwardSchemeRepository#findRows}): its columns, its prizes
 * ({@code ["name", …]}) and the reports that printed it, latest first ({@code [[reportId, fiscalYear, lineStart,
 * lineEnd, page], …]}) as JSON arrays made by PostgreSQL, null when there are none.
 */
public record AwardSchemeRow(
        UUID id,
        String name,
        String summary,
        String ministryCode,
        String ministryName,
        String office,
        String prizeNote,
        String recruitmentMethod,
        String recruitmentText,
        String frequencyKind,
        String frequencyText,
        String nextCallText,
        String nextCallFrom,
        String nextCallTo,
        String status,
        String note,
        Integer sinceYear,
        UUID sourceReportId,
        Integer sourceFiscalYear,
        Integer sourceLineStart,
        Integer sourceLineEnd,
        Integer sourcePage,
        String prizesJson,
        String statementsJson,
        long version) {}
