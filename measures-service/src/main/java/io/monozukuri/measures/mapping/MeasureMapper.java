package io.monozukuri.measures.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.contracts.AwardSchemeLink;
import io.monozukuri.contracts.Budget;
import io.monozukuri.contracts.BudgetType;
import io.monozukuri.contracts.Heading;
import io.monozukuri.contracts.Measure;
import io.monozukuri.contracts.MeasureKind;
import io.monozukuri.contracts.MinistryRef;
import io.monozukuri.contracts.SourceLines;
import io.monozukuri.measures.BudgetLine;
import io.monozukuri.measures.MeasureEntity;
import io.monozukuri.measures.MinistryEntity;
import io.monozukuri.measures.OutlineHeadingEntity;
import io.monozukuri.measures.ReportEntity;
import io.monozukuri.measures.api.Ministry;
import io.monozukuri.measures.api.Report;
import io.monozukuri.measures.repository.MeasureRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The one place where entities (and the rows of one-statement reads) become API records. */
@ApplicationScoped
public class MeasureMapper {

    private final ObjectMapper json;

    public MeasureMapper(ObjectMapper json) {
        this.json = json;
    }

    /** A measure read in one statement ({@link MeasureRow}): the same record as {@link #toApi(MeasureEntity, Map)}. */
    public Measure toApi(MeasureRow r) {
        return new Measure(
                r.id(),
                r.reportId(),
                r.fiscalYear(),
                r.code(),
                MeasureKind.valueOf(r.kind()),
                new Heading(r.chapterNumber(), r.chapterTitle()),
                r.sectionNumber() == null ? null : new Heading(r.sectionNumber(), r.sectionTitle()),
                r.subsectionNumber() == null ? null : new Heading(r.subsectionNumber(), r.subsectionTitle()),
                r.item(),
                r.subitem(),
                r.parentId(),
                r.title(),
                r.description(),
                arrays(
                        r.budgetsJson(),
                        a -> new Budget(
                                a.get(0).isNull() ? null : a.get(0).longValue(),
                                text(a.get(1)),
                                BudgetType.valueOf(a.get(2).textValue()),
                                a.get(3).booleanValue(),
                                a.get(4).booleanValue())),
                r.ownYen(),
                r.partOfYen(),
                r.budgetText(),
                r.partOf(),
                r.pool(),
                arrays(
                        r.ministriesJson(),
                        a -> new MinistryRef(
                                a.get(0).textValue(), a.get(1).textValue(), text(a.get(2)), text(a.get(3)))),
                r.reposted(),
                r.hasBody(),
                new SourceLines(r.lineStart(), r.lineEnd(), r.page()),
                arrays(
                        r.awardSchemesJson(),
                        a -> new AwardSchemeLink(UUID.fromString(a.get(0).textValue()), text(a.get(1)))),
                r.corrected(),
                r.version(),
                null,
                null);
    }

    private <T> List<T> arrays(String arrayOfArrays, Function<JsonNode, T> element) {
        if (arrayOfArrays == null) {
            return List.of();
        }
        try {
            JsonNode all = json.readTree(arrayOfArrays);
            List<T> out = new ArrayList<>(all.size());
            for (JsonNode a : all) {
                out.add(element.apply(a));
            }
            return List.copyOf(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable aggregate from the database", e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.textValue();
    }

    public Measure toApi(MeasureEntity e, Map<String, MinistryEntity> registry) {
        return new Measure(
                e.id,
                e.reportId,
                e.fiscalYear,
                e.code,
                e.kind,
                new Heading(e.chapterNumber, e.chapterTitle),
                e.sectionNumber == null ? null : new Heading(e.sectionNumber, e.sectionTitle),
                e.subsectionNumber == null ? null : new Heading(e.subsectionNumber, e.subsectionTitle),
                e.item,
                e.subitem,
                e.parentId,
                e.title,
                e.description,
                e.budgets.stream().map(MeasureMapper::toApi).toList(),
                e.ownYen,
                e.partOfYen,
                e.budgetText,
                e.partOf,
                e.pool,
                e.ministries.stream()
                        .map(m -> {
                            MinistryEntity known = registry.get(m.code);
                            return new MinistryRef(
                                    m.code,
                                    known == null ? m.code : known.name,
                                    m.shortName,
                                    known == null ? null : known.nameEn);
                        })
                        .toList(),
                e.reposted,
                e.hasBody,
                new SourceLines(e.lineStart, e.lineEnd, e.page),
                e.awardSchemes.stream()
                        .map(a -> new AwardSchemeLink(a.schemeId, a.name))
                        .toList(),
                e.corrected,
                e.version,
                null,
                null);
    }

    public static Budget toApi(BudgetLine b) {
        return new Budget(b.amountYen, b.label, b.type, b.approximate, b.partOf);
    }

    public static BudgetLine toEntity(Budget b) {
        return new BudgetLine(b.amountYen(), blankToNull(b.label()), b.type(), b.approximate(), b.partOf());
    }

    public Report toApi(ReportEntity r, Report.Counts counts) {
        return new Report(
                r.id,
                r.title,
                r.fiscalYear,
                r.sourceHash,
                r.lineCount,
                r.pageCount,
                r.warningCount,
                r.ingestedAt,
                r.updatedAt,
                counts);
    }

    public Ministry toApi(MinistryEntity m, List<String> shortNames, long measureCount) {
        return new Ministry(m.code, m.name, m.nameEn, shortNames, measureCount);
    }

    public static Heading toApi(OutlineHeadingEntity h) {
        return new Heading(h.sectionNumber == null ? h.chapterNumber : h.sectionNumber, h.title);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
