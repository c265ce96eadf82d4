package io.monozukuri.measures.mapping;

import io.monozukuri.contracts.AwardSchemeLink;
import io.monozukuri.contracts.Budget;
import io.monozukuri.contracts.Heading;
import io.monozukuri.contracts.Measure;
import io.monozukuri.contracts.MinistryRef;
import io.monozukuri.contracts.SourceLines;
import io.monozukuri.measures.BudgetLine;
import io.monozukuri.measures.MeasureEntity;
import io.monozukuri.measures.MinistryEntity;
import io.monozukuri.measures.OutlineHeadingEntity;
import io.monozukuri.measures.ReportEntity;
import io.monozukuri.measures.api.Ministry;
import io.monozukuri.measures.api.Report;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The one place where entities become API records. */
@ApplicationScoped
public class MeasureMapper {

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
