package io.monozukuri.measures.repository;

import io.monozukuri.contracts.MeasureKind;
import java.util.List;
import java.util.UUID;

/**
 * The validated filters of a measure query; null means "not filtered". Every filter is AND-ed.
 *
 * @param ministryCodes ministry codes the measure must all name
 * @param words normalised search words (the normal form of {@link io.monozukuri.commons.text.SearchText})
 */
public record MeasureFilter(
        UUID report,
        Integer fiscalYear,
        Integer chapter,
        Integer section,
        MeasureKind kind,
        List<String> ministryCodes,
        Boolean hasBody,
        Boolean hasBudget,
        List<String> words,
        Long minYen,
        Long maxYen,
        UUID awardScheme) {

    public static MeasureFilter none() {
        return new MeasureFilter(null, null, null, null, null, List.of(), null, null, List.of(), null, null, null);
    }

    public boolean searching() {
        return !words.isEmpty();
    }

    public MeasureFilter withReport(UUID reportId) {
        return new MeasureFilter(
                reportId,
                fiscalYear,
                chapter,
                section,
                kind,
                ministryCodes,
                hasBody,
                hasBudget,
                words,
                minYen,
                maxYen,
                awardScheme);
    }
}
