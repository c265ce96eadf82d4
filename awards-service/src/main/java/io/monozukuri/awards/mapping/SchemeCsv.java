package io.monozukuri.awards.mapping;

import io.monozukuri.commons.csv.CsvWriter;
import io.monozukuri.contracts.AwardScheme;
import java.util.List;

/** The CSV columns of an award scheme (prizes joined by {@code ; }); written by the shared {@link CsvWriter}. */
public final class SchemeCsv {

    static final List<String> HEADER = List.of(
            "id",
            "name",
            "summary",
            "ministryCode",
            "ministryName",
            "office",
            "prizes",
            "prizeNote",
            "recruitmentMethod",
            "recruitmentText",
            "frequencyKind",
            "frequencyText",
            "nextCallText",
            "nextCallFrom",
            "nextCallTo",
            "status",
            "note",
            "since",
            "sourceReportId",
            "sourceFiscalYear",
            "sourceLineStart",
            "sourceLineEnd",
            "sourcePage");

    private SchemeCsv() {}

    public static void write(List<AwardScheme> schemes, CsvWriter csv) {
        csv.row(HEADER);
        for (AwardScheme s : schemes) {
            var ministry = s.ministry();
            var call = s.nextCall();
            var source = s.source();
            csv.row(
                    s.id(),
                    s.name(),
                    s.summary(),
                    ministry == null ? null : ministry.code(),
                    ministry == null ? null : ministry.name(),
                    s.office(),
                    s.prizes() == null ? null : String.join("; ", s.prizes()),
                    s.prizeNote(),
                    s.recruitment() == null ? null : s.recruitment().method(),
                    s.recruitment() == null ? null : s.recruitment().text(),
                    s.frequency() == null ? null : s.frequency().kind(),
                    s.frequency() == null ? null : s.frequency().text(),
                    call == null ? null : call.text(),
                    call == null ? null : call.from(),
                    call == null ? null : call.to(),
                    s.status(),
                    s.note(),
                    s.since(),
                    source == null ? null : source.reportId(),
                    source == null ? null : source.fiscalYear(),
                    source == null ? null : source.lineStart(),
                    source == null ? null : source.lineEnd(),
                    source == null ? null : source.page());
        }
        csv.flush();
    }
}
