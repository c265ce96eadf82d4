package io.monozukuri.measures.mapping;

import static io.monozukuri.commons.csv.CsvColumns.join;
import static io.monozukuri.commons.csv.CsvColumns.path;

import io.monozukuri.commons.csv.CsvColumns;
import io.monozukuri.contracts.Heading;
import io.monozukuri.contracts.Measure;
import io.monozukuri.contracts.MinistryRef;
import io.monozukuri.contracts.SourceLines;
import io.monozukuri.measures.api.Correction;
import io.monozukuri.measures.api.Ministry;
import io.monozukuri.measures.api.Report;

/**
 * The CSV columns of this service's lists: one row per item, nested records flattened, lists joined with {@code ;}.
 * The NDJSON exports need none: each line is the item as the JSON list has it.
 */
public final class ExportColumns {

    /** A measure with its own money; ministries by code. */
    public static final CsvColumns<Measure> MEASURE = CsvColumns.<Measure>builder()
            .add("id", Measure::id)
            .add("reportId", Measure::reportId)
            .add("fiscalYear", Measure::fiscalYear)
            .add("code", Measure::code)
            .add("kind", Measure::kind)
            .add("chapter", path(Measure::chapter, Heading::number))
            .add("section", path(Measure::section, Heading::number))
            .add("subsection", path(Measure::subsection, Heading::number))
            .add("item", Measure::item)
            .add("subitem", Measure::subitem)
            .add("parentId", Measure::parentId)
            .add("title", Measure::title)
            .add("totalYen", Measure::totalYen)
            .add("partOfYen", Measure::partOfYen)
            .add("partOf", Measure::partOf)
            .add("pool", Measure::pool)
            .add("budgetText", Measure::budgetText)
            .add(
                    "ministries",
                    m -> m.ministries() == null
                            ? null
                            : join(
                                    m.ministries().stream()
                                            .map(MinistryRef::code)
                                            .toList(),
                                    ";"))
            .add("reposted", Measure::reposted)
            .add("hasBody", Measure::hasBody)
            .add("corrected", Measure::corrected)
            .add("lineStart", path(Measure::source, SourceLines::lineStart))
            .add("lineEnd", path(Measure::source, SourceLines::lineEnd))
            .add("page", path(Measure::source, SourceLines::page))
            .build();

    public static final CsvColumns<Report> REPORT = CsvColumns.<Report>builder()
            .add("id", Report::id)
            .add("title", Report::title)
            .add("fiscalYear", Report::fiscalYear)
            .add("sourceHash", Report::sourceHash)
            .add("lineCount", Report::lineCount)
            .add("pageCount", Report::pageCount)
            .add("warningCount", Report::warningCount)
            .add("ingestedAt", Report::ingestedAt)
            .add("updatedAt", Report::updatedAt)
            .add("chapters", path(Report::counts, Report.Counts::chapters))
            .add("sections", path(Report::counts, Report.Counts::sections))
            .add("measures", path(Report::counts, Report.Counts::measures))
            .add("subsections", path(Report::counts, Report.Counts::subsections))
            .add("items", path(Report::counts, Report.Counts::items))
            .add("subitems", path(Report::counts, Report.Counts::subitems))
            .add("withBudget", path(Report::counts, Report.Counts::withBudget))
            .add("reposted", path(Report::counts, Report.Counts::reposted))
            .add("corrected", path(Report::counts, Report.Counts::corrected))
            .add("ownYen", path(Report::counts, Report.Counts::ownYen))
            .build();

    public static final CsvColumns<Ministry> MINISTRY = CsvColumns.<Ministry>builder()
            .add("code", Ministry::code)
            .add("name", Ministry::name)
            .add("nameEn", Ministry::nameEn)
            .add("shortNames", m -> join(m.shortNames(), ";"))
            .add("measureCount", Ministry::measureCount)
            .build();

    /** A correction; the patch, and the measure before and after, as JSON text. */
    public static final CsvColumns<Correction> CORRECTION = CsvColumns.<Correction>builder()
            .add("id", Correction::id)
            .add("measureId", Correction::measureId)
            .add("code", Correction::code)
            .add("author", Correction::author)
            .add("at", Correction::at)
            .add("note", Correction::note)
            .add("patch", Correction::patch)
            .add("before", Correction::before)
            .add("after", Correction::after)
            .build();

    private ExportColumns() {}
}
