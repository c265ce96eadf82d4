package io.monozukuri.measures.service;

import io.monozukuri.commons.csv.CsvWriter;
import io.monozukuri.contracts.Measure;
import io.monozukuri.contracts.MinistryRef;
import java.util.List;
import java.util.stream.Collectors;

/** The CSV columns of a measure (one row per measure with its total yen), written by the shared {@link CsvWriter}. */
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

    static void writeRow(CsvWriter csv, Measure m) {
        var source = m.source();
        csv.row(
                m.id(),
                m.reportId(),
                m.fiscalYear(),
                m.code(),
                m.kind(),
                m.chapter() == null ? null : m.chapter().number(),
                m.section() == null ? null : m.section().number(),
                m.subsection() == null ? null : m.subsection().number(),
                m.item(),
                m.subitem(),
                m.parentId(),
                m.title(),
                m.totalYen(),
                m.partOfYen(),
                m.partOf(),
                m.pool(),
                m.budgetText(),
                m.ministries() == null
                        ? null
                        : m.ministries().stream().map(MinistryRef::code).collect(Collectors.joining(";")),
                m.reposted(),
                m.hasBody(),
                m.corrected(),
                source == null ? null : source.lineStart(),
                source == null ? null : source.lineEnd(),
                source == null ? null : source.page());
    }
}
