package io.monozukuri.awards.mapping;

import io.monozukuri.awards.api.AwardScheme;
import java.util.List;

/** RFC 4180 CSV of award schemes (UTF-8, CRLF, a header row; prizes joined by {@code ; }). */
public final class SchemeCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private static final List<String> HEADER = List.of(
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

    public static String write(List<AwardScheme> schemes) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (AwardScheme s : schemes) {
            row(
                    out,
                    List.of(
                            str(s.id()),
                            str(s.name()),
                            str(s.summary()),
                            s.ministry() == null ? "" : str(s.ministry().code()),
                            s.ministry() == null ? "" : str(s.ministry().name()),
                            str(s.office()),
                            String.join("; ", s.prizes()),
                            str(s.prizeNote()),
                            str(s.recruitment().method()),
                            str(s.recruitment().text()),
                            str(s.frequency().kind()),
                            str(s.frequency().text()),
                            s.nextCall() == null ? "" : str(s.nextCall().text()),
                            s.nextCall() == null ? "" : str(s.nextCall().from()),
                            s.nextCall() == null ? "" : str(s.nextCall().to()),
                            str(s.status()),
                            str(s.note()),
                            str(s.since()),
                            s.source() == null ? "" : str(s.source().reportId()),
                            s.source() == null ? "" : str(s.source().fiscalYear()),
                            s.source() == null ? "" : str(s.source().lineStart()),
                            s.source() == null ? "" : str(s.source().lineEnd()),
                            s.source() == null ? "" : str(s.source().page())));
        }
        return out.toString();
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
