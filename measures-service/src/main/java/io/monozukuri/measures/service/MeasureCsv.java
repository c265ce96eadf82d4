package io.monozukuri.measures.service;

import io.monozukuri.measures.api.Measure;
import io.monozukuri.measures.api.MinistryRef;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV rows of measures: one row per measure with its total yen. */
final class MeasureCsv {

    static final List<String> HEADER = List.of(
            "id",
            "reportId",
            "fiscalYear",
            "code",
            "kind",
            "chapter",
            "section",
            "subsection",
            "item",
            "subitem",
            "parentId",
            "title",
            "totalYen",
            "partOfYen",
            "partOf",
            "pool",
            "budgetText",
            "ministries",
            "reposted",
            "hasBody",
            "corrected",
            "lineStart",
            "lineEnd",
            "page");

    private MeasureCsv() {}

    static void writeHeader(Writer w) throws IOException {
        line(w, HEADER);
    }

    static void writeRow(Writer w, Measure m) throws IOException {
        line(
                w,
                List.of(
                        str(m.id()),
                        str(m.reportId()),
                        str(m.fiscalYear()),
                        m.code(),
                        m.kind().name(),
                        str(m.chapter() == null ? null : m.chapter().number()),
                        str(m.section() == null ? null : m.section().number()),
                        str(m.subsection() == null ? null : m.subsection().number()),
                        str(m.item()),
                        str(m.subitem()),
                        str(m.parentId()),
                        m.title(),
                        str(m.totalYen()),
                        str(m.partOfYen()),
                        str(m.partOf()),
                        str(m.pool()),
                        str(m.budgetText()),
                        m.ministries().stream().map(MinistryRef::code).collect(Collectors.joining(";")),
                        str(m.reposted()),
                        str(m.hasBody()),
                        str(m.corrected()),
                        str(m.source().lineStart()),
                        str(m.source().lineEnd()),
                        str(m.source().page())));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(c);
            }
        }
        w.write("\r\n");
    }
}
