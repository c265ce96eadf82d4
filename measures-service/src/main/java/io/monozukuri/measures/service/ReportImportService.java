package io.monozukuri.measures.service;

import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.commons.text.SearchText;
import io.monozukuri.contracts.ChapterImport;
import io.monozukuri.contracts.Heading;
import io.monozukuri.contracts.MeasureImport;
import io.monozukuri.contracts.MeasureKind;
import io.monozukuri.contracts.MinistryRef;
import io.monozukuri.contracts.ReportImport;
import io.monozukuri.contracts.ReportImportResult;
import io.monozukuri.measures.MeasureAwardScheme;
import io.monozukuri.measures.MeasureEntity;
import io.monozukuri.measures.MeasureMinistry;
import io.monozukuri.measures.MinistryEntity;
import io.monozukuri.measures.OutlineHeadingEntity;
import io.monozukuri.measures.ReportEntity;
import io.monozukuri.measures.mapping.MeasureMapper;
import io.monozukuri.measures.repository.DataVersionRepository;
import io.monozukuri.measures.repository.MeasureRepository;
import io.monozukuri.measures.repository.MinistryRepository;
import io.monozukuri.measures.repository.OutlineHeadingRepository;
import io.monozukuri.measures.repository.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stores a parsed report sent by ingest-service, replacing what an earlier ingest of the same report stored,
 * in one transaction: readers see the old report or the new one, never half of it.
 */
@ApplicationScoped
public class ReportImportService {

    private static final Logger LOG = Logger.getLogger(ReportImportService.class);

    /** What an import did. */
    public record Outcome(boolean created, ReportImportResult result) {}

    private final ReportRepository reports;
    private final MeasureRepository measures;
    private final OutlineHeadingRepository headings;
    private final MinistryRepository ministries;
    private final DataVersionRepository versions;
    private final CorrectionService corrections;
    private final Validator validator;

    public ReportImportService(
            ReportRepository reports,
            MeasureRepository measures,
            OutlineHeadingRepository headings,
            MinistryRepository ministries,
            DataVersionRepository versions,
            CorrectionService corrections,
            Validator validator) {
        this.reports = reports;
        this.measures = measures;
        this.headings = headings;
        this.ministries = ministries;
        this.versions = versions;
        this.corrections = corrections;
        this.validator = validator;
    }

    /** The id of the measure with this code in this report; the same on every ingest. */
    public static UUID measureId(UUID reportId, String code) {
        return UUID.nameUUIDFromBytes(("measure:" + reportId + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    public Outcome importReport(UUID reportId, ReportImport body) {
        validate(body);
        // also serialises concurrent imports (and orders them with corrections); the version every measure written now
        // gets
        long version = versions.bump();
        headings.deleteByReport(reportId);
        long removed = measures.deleteByReport(reportId);
        measures.flush();

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ReportEntity report = reports.findById(reportId);
        boolean created = report == null;
        if (created) {
            report = new ReportEntity();
            report.id = reportId;
            report.ingestedAt = now;
            report.ingestCount = 0;
        }
        report.sourceHash = body.sourceHash();
        report.title = body.title().strip();
        report.fiscalYear = body.fiscalYear();
        report.lineCount = body.lineCount();
        report.pageCount = body.pageCount();
        report.warningCount = body.warningCount();
        report.updatedAt = now;
        report.ingestCount++;
        if (created) {
            reports.persist(report);
        }

        registerMinistries(body.measures(), now, version);
        storeOutline(reportId, body.chapters());
        for (MeasureImport m : body.measures()) {
            measures.persist(toEntity(reportId, body.fiscalYear(), m, version));
        }
        measures.flush();
        int reapplied = corrections.reapply(reportId);
        LOG.infof(
                "Report %s %s: %d measures (%d before), %d corrections re-applied",
                reportId, created ? "created" : "replaced", body.measures().size(), removed, reapplied);
        return new Outcome(
                created, new ReportImportResult(reportId, body.measures().size()));
    }

    private void validate(ReportImport body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ReportImport> v : validator.validate(body)) {
            errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (body.measures() != null) {
            Set<String> codes = new HashSet<>();
            for (MeasureImport m : body.measures()) {
                if (m != null && m.code() != null) {
                    codes.add(m.code());
                }
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < body.measures().size(); i++) {
                MeasureImport m = body.measures().get(i);
                if (m == null) {
                    continue;
                }
                String at = "measures[" + i + "].";
                if (m.code() != null && !seen.add(m.code())) {
                    errors.add(new Problem.FieldError(at + "code", "duplicates the code of an earlier measure"));
                }
                if (m.parentCode() != null && (m.parentCode().equals(m.code()) || !codes.contains(m.parentCode()))) {
                    errors.add(new Problem.FieldError(at + "parentCode", "must be the code of another measure"));
                }
                if (m.kind() != null) {
                    String shape =
                            switch (m.kind()) {
                                case SUBSECTION -> m.item() == null && m.subitem() == null
                                        ? null
                                        : "a SUBSECTION has neither item nor subitem";
                                case ITEM -> m.item() != null && m.subitem() == null
                                        ? null
                                        : "an ITEM has an item number and no subitem";
                                case SUBITEM -> m.subitem() != null ? null : "a SUBITEM has a subitem number";
                            };
                    if (shape != null) {
                        errors.add(new Problem.FieldError(at + "kind", shape));
                    }
                    if (m.kind() != MeasureKind.SUBSECTION
                            && (m.title() == null || m.title().isBlank())) {
                        errors.add(new Problem.FieldError(at + "title", "must not be blank"));
                    }
                    if (m.kind() == MeasureKind.SUBSECTION && m.parentCode() != null) {
                        errors.add(new Problem.FieldError(at + "parentCode", "a SUBSECTION has no parent"));
                    }
                }
                if (m.source() != null
                        && m.source().lineStart() != null
                        && m.source().lineEnd() != null
                        && m.source().lineEnd() < m.source().lineStart()) {
                    errors.add(new Problem.FieldError(at + "source.lineEnd", "must not be before lineStart"));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * Adds new ministries to the registry and takes the names the report prints for known ones. A measure shows the
     * registry's names, so a measure of another report whose ministry is renamed gets the new version too.
     */
    private void registerMinistries(List<MeasureImport> list, OffsetDateTime now, long version) {
        Map<String, MinistryRef> named = new LinkedHashMap<>();
        for (MeasureImport m : list) {
            if (m.ministries() != null) {
                m.ministries().forEach(r -> named.putIfAbsent(r.code(), r));
            }
        }
        List<String> renamed = new ArrayList<>();
        for (MinistryRef ref : named.values()) {
            MinistryEntity known = ministries.findById(ref.code());
            String[] shown = known == null ? null : new String[] {known.name, known.nameEn};
            if (known == null) {
                known = new MinistryEntity();
                known.code = ref.code();
                known.name = ref.name().strip();
                known.updatedAt = now;
                ministries.persist(known);
            }
            known.name = ref.name().strip();
            if (ref.nameEn() != null && !ref.nameEn().isBlank()) {
                known.nameEn = ref.nameEn().strip();
            }
            if (ref.shortName() != null && !ref.shortName().isBlank()) {
                known.shortName = ref.shortName().strip();
            }
            known.updatedAt = now;
            if (shown != null && !(Objects.equals(shown[0], known.name) && Objects.equals(shown[1], known.nameEn))) {
                renamed.add(known.code);
            }
        }
        ministries.flush();
        if (!renamed.isEmpty()) {
            measures.setVersionOfMinistries(renamed, version);
        }
    }

    private void storeOutline(UUID reportId, List<ChapterImport> chapters) {
        if (chapters == null) {
            return;
        }
        int position = 0;
        for (ChapterImport c : chapters) {
            headings.persist(heading(reportId, c.number(), null, c.title(), position++));
            if (c.sections() != null) {
                for (Heading s : c.sections()) {
                    headings.persist(heading(reportId, c.number(), s.number(), s.title(), position++));
                }
            }
        }
    }

    private static OutlineHeadingEntity heading(UUID reportId, int chapter, Integer section, String title, int pos) {
        OutlineHeadingEntity h = new OutlineHeadingEntity();
        h.reportId = reportId;
        h.chapterNumber = chapter;
        h.sectionNumber = section;
        h.title = title == null ? "" : title.strip();
        h.position = pos;
        return h;
    }

    private static MeasureEntity toEntity(UUID reportId, int fiscalYear, MeasureImport m, long version) {
        MeasureEntity e = new MeasureEntity();
        e.id = measureId(reportId, m.code());
        e.version = version;
        e.reportId = reportId;
        e.fiscalYear = fiscalYear;
        e.code = m.code();
        e.kind = m.kind();
        e.parentId = m.parentCode() == null ? null : measureId(reportId, m.parentCode());
        e.chapterNumber = m.chapter().number();
        e.chapterTitle = m.chapter().title();
        if (m.section() != null) {
            e.sectionNumber = m.section().number();
            e.sectionTitle = m.section().title();
        }
        if (m.subsection() != null) {
            e.subsectionNumber = m.subsection().number();
            e.subsectionTitle = m.subsection().title();
        }
        e.item = m.item();
        e.subitem = m.subitem();
        e.sortKey = sortKey(e);
        e.title = m.title() == null || m.title().isBlank() ? null : m.title().strip();
        e.description = m.description();
        e.budgetText = m.budgetText();
        e.partOf = m.partOf();
        e.pool = m.pool();
        e.reposted = m.reposted();
        e.hasBody = m.hasBody();
        if (m.source() != null) {
            e.lineStart = m.source().lineStart();
            e.lineEnd = m.source().lineEnd();
            e.page = m.source().page();
        }
        if (m.budgets() != null) {
            m.budgets().forEach(b -> e.budgets.add(MeasureMapper.toEntity(b)));
        }
        if (m.ministries() != null) {
            m.ministries().forEach(r -> e.ministries.add(new MeasureMinistry(r.code(), r.shortName())));
        }
        if (m.awardSchemes() != null) {
            m.awardSchemes().stream()
                    .filter(Objects::nonNull)
                    .forEach(a -> e.awardSchemes.add(new MeasureAwardScheme(a.id(), a.name())));
        }
        refreshDerived(e);
        return e;
    }

    /** Recomputes what is derived from a measure's content: money sums and the search text. */
    static void refreshDerived(MeasureEntity e) {
        e.ownYen = BudgetRules.ownYen(e.budgets);
        e.partOfYen = BudgetRules.partOfYen(e.budgets);
        e.budgetCount = e.budgets.size();
        e.searchTitle = SearchText.key(e.title);
        e.searchText = SearchText.indexText(e.title, e.description);
    }

    /** Zero-padded numbers of every level: string order is the natural order of the report. */
    static String sortKey(MeasureEntity e) {
        return String.format(
                "%03d.%03d.%03d.%03d.%03d",
                e.chapterNumber, zero(e.sectionNumber), zero(e.subsectionNumber), zero(e.item), zero(e.subitem));
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }
}
