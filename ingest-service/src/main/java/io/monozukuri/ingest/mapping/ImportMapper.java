package io.monozukuri.ingest.mapping;

import io.monozukuri.commons.text.SearchText;
import io.monozukuri.contracts.AwardSchemeInput;
import io.monozukuri.contracts.AwardSchemeLink;
import io.monozukuri.contracts.Budget;
import io.monozukuri.contracts.BudgetType;
import io.monozukuri.contracts.ChapterImport;
import io.monozukuri.contracts.Frequency;
import io.monozukuri.contracts.FrequencyKind;
import io.monozukuri.contracts.Heading;
import io.monozukuri.contracts.MeasureImport;
import io.monozukuri.contracts.MeasureKind;
import io.monozukuri.contracts.MinistryRef;
import io.monozukuri.contracts.NextCall;
import io.monozukuri.contracts.Recruitment;
import io.monozukuri.contracts.RecruitmentMethod;
import io.monozukuri.contracts.ReportImport;
import io.monozukuri.contracts.ReportSchemes;
import io.monozukuri.contracts.ReportSchemesResult;
import io.monozukuri.contracts.SchemeStatus;
import io.monozukuri.contracts.SourceLines;
import io.monozukuri.ingest.parser.ParseResult;
import io.monozukuri.ingest.parser.ParsedAwardScheme;
import io.monozukuri.ingest.parser.ParsedChapter;
import io.monozukuri.ingest.parser.ParsedMeasure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one place where the parser's model becomes the wire format: the contract records of the internal import calls
 * (and of the preview). The parser's records stay internal to ingest-service and may change without touching the
 * services it talks to.
 */
public final class ImportMapper {

    private ImportMapper() {}

    public static ReportSchemes awards(UUID reportId, ParseResult parse) {
        return new ReportSchemes(
                reportId,
                parse.report().fiscalYear(),
                parse.report().sourceHash(),
                parse.awardSchemes().stream().map(ImportMapper::scheme).toList());
    }

    /** The report's measures, each linked to the ids awards-service gave the schemes it mentions. */
    public static ReportImport measures(ParseResult parse, ReportSchemesResult schemes) {
        Map<String, ReportSchemesResult.Item> byName = new HashMap<>();
        if (schemes != null && schemes.schemes() != null) {
            schemes.schemes().forEach(s -> byName.put(SearchText.key(s.name()), s));
        }
        return new ReportImport(
                parse.report().sourceHash(),
                parse.report().title(),
                parse.report().fiscalYear(),
                parse.report().lineCount(),
                parse.report().pageCount(),
                parse.warnings().size(),
                chapters(parse.report().chapters()),
                parse.measures().stream()
                        .map(m -> measure(m, name -> {
                            ReportSchemesResult.Item s = byName.get(SearchText.key(name));
                            return s == null ? null : new AwardSchemeLink(s.id(), s.name());
                        }))
                        .toList());
    }

    public static List<ChapterImport> chapters(List<ParsedChapter> chapters) {
        return chapters == null
                ? List.of()
                : chapters.stream()
                        .map(c -> new ChapterImport(
                                c.number(),
                                c.title(),
                                c.sections() == null
                                        ? List.of()
                                        : c.sections().stream()
                                                .map(s -> new Heading(s.number(), s.title()))
                                                .toList()))
                        .toList();
    }

    /**
     * A parsed measure on the wire; {@code link} resolves a scheme name the measure mentions (null when it cannot,
     * and the link is left out).
     */
    public static MeasureImport measure(ParsedMeasure m, Function<String, AwardSchemeLink> link) {
        List<AwardSchemeLink> links = m.awardSchemeNames() == null
                ? List.of()
                : m.awardSchemeNames().stream()
                        .map(link)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        return new MeasureImport(
                m.code(),
                m.parentCode(),
                MeasureKind.valueOf(m.kind().name()),
                heading(m.chapter()),
                heading(m.section()),
                heading(m.subsection()),
                m.item(),
                m.subitem(),
                m.title(),
                m.description(),
                m.budgets() == null
                        ? List.of()
                        : m.budgets().stream()
                                .map(b -> new Budget(
                                        b.amountYen(),
                                        b.label(),
                                        BudgetType.valueOf(b.type().name()),
                                        b.approximate(),
                                        b.partOf()))
                                .toList(),
                m.budgetText(),
                m.partOf(),
                m.pool(),
                m.ministries() == null
                        ? List.of()
                        : m.ministries().stream()
                                .map(r -> new MinistryRef(r.code(), r.name(), r.shortName(), r.nameEn()))
                                .toList(),
                m.reposted(),
                m.hasBody(),
                m.source() == null
                        ? null
                        : new SourceLines(
                                m.source().lineStart(),
                                m.source().lineEnd(),
                                m.source().page()),
                links);
    }

    public static AwardSchemeInput scheme(ParsedAwardScheme s) {
        return new AwardSchemeInput(
                s.name(),
                s.summary(),
                s.ministry() == null
                        ? null
                        : new MinistryRef(s.ministry().code(), s.ministry().name(), null, null),
                s.office(),
                s.prizes(),
                s.prizeNote(),
                s.recruitment() == null
                        ? null
                        : new Recruitment(
                                s.recruitment().method() == null
                                        ? null
                                        : RecruitmentMethod.valueOf(
                                                s.recruitment().method().name()),
                                s.recruitment().text()),
                s.frequency() == null
                        ? null
                        : new Frequency(
                                s.frequency().kind() == null
                                        ? null
                                        : FrequencyKind.valueOf(
                                                s.frequency().kind().name()),
                                s.frequency().text()),
                s.nextCall() == null
                        ? null
                        : new NextCall(
                                s.nextCall().text(),
                                s.nextCall().from(),
                                s.nextCall().to()),
                s.status() == null ? null : SchemeStatus.valueOf(s.status().name()),
                s.note(),
                s.source() == null
                        ? null
                        : new SourceLines(
                                s.source().lineStart(),
                                s.source().lineEnd(),
                                s.source().page()));
    }

    private static Heading heading(io.monozukuri.ingest.parser.Heading h) {
        return h == null ? null : new Heading(h.number(), h.title());
    }
}
