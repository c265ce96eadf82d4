package io.monozukuri.awards.service;

import io.monozukuri.awards.AwardSchemeEntity;
import io.monozukuri.awards.ReportEntity;
import io.monozukuri.awards.SchemeStatementEntity;
import io.monozukuri.awards.mapping.AwardsMapper;
import io.monozukuri.awards.repository.AwardSchemeRepository;
import io.monozukuri.awards.repository.DataVersionRepository;
import io.monozukuri.awards.repository.EditionRepository;
import io.monozukuri.awards.repository.ReportRepository;
import io.monozukuri.awards.repository.SchemeStatementRepository;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.commons.text.SearchText;
import io.monozukuri.contracts.AwardSchemeInput;
import io.monozukuri.contracts.FrequencyKind;
import io.monozukuri.contracts.RecruitmentMethod;
import io.monozukuri.contracts.ReportSchemes;
import io.monozukuri.contracts.ReportSchemesResult;
import io.monozukuri.contracts.SchemeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stores the award table of one report: one statement per scheme and report, schemes recognised by their name key,
 * the scheme's current fields taken from the statement of the latest fiscal year.
 */
@ApplicationScoped
public class SchemeIngestService {

    private static final Logger LOG = Logger.getLogger(SchemeIngestService.class);

    private final ReportRepository reports;
    private final AwardSchemeRepository schemes;
    private final SchemeStatementRepository statements;
    private final EditionRepository editions;
    private final AwardsMapper mapper;
    private final DataVersionRepository dataVersion;

    public SchemeIngestService(
            ReportRepository reports,
            AwardSchemeRepository schemes,
            SchemeStatementRepository statements,
            EditionRepository editions,
            AwardsMapper mapper,
            DataVersionRepository dataVersion) {
        this.dataVersion = dataVersion;
        this.reports = reports;
        this.schemes = schemes;
        this.statements = statements;
        this.editions = editions;
        this.mapper = mapper;
    }

    /** Replaces what an earlier ingest of the same report stored; all or nothing. */
    @Transactional
    public ReportSchemesResult replace(UUID reportId, ReportSchemes body) {
        if (body.reportId() != null && !body.reportId().equals(reportId)) {
            throw ProblemException.badRequest("reportId", "must equal the reportId of the path");
        }
        List<CallWindow> windows = validate(body.schemes());

        // first, as every writer: the lock that orders writers, and the version of every scheme this ingest touches
        long version = dataVersion.bump();
        Instant now = Instant.now();
        ReportEntity report = reports.findByIdOptional(reportId).orElseGet(() -> {
            ReportEntity r = new ReportEntity();
            r.id = reportId;
            return r;
        });
        report.fiscalYear = body.fiscalYear();
        report.sourceHash = body.sourceHash();
        report.ingestedAt = now;
        reports.persist(report);

        Map<UUID, SchemeStatementEntity> previous = new HashMap<>();
        for (SchemeStatementEntity s : statements.listByReport(reportId)) {
            previous.put(s.scheme.id, s);
        }

        List<ReportSchemesResult.Item> items = new ArrayList<>();
        for (int i = 0; i < body.schemes().size(); i++) {
            AwardSchemeInput input = body.schemes().get(i);
            String key = SearchText.key(input.name());
            AwardSchemeEntity scheme = schemes.findByNameKey(key).orElse(null);
            boolean created = scheme == null;
            if (created) {
                scheme = new AwardSchemeEntity();
                scheme.id = UUID.randomUUID();
                scheme.nameKey = key;
                scheme.createdAt = now;
            }
            String shownName = scheme.name;
            scheme.version = version;
            SchemeStatementEntity statement = previous.remove(scheme.id);
            if (statement == null) {
                statement = new SchemeStatementEntity();
                statement.id = UUID.randomUUID();
                statement.scheme = scheme;
                statement.report = report;
                scheme.statements.add(statement);
            }
            statement.fiscalYear = body.fiscalYear();
            statement.printed = mapper.writePrinted(input);
            statement.lineStart = input.source() == null ? null : input.source().lineStart();
            statement.lineEnd = input.source() == null ? null : input.source().lineEnd();
            statement.page = input.source() == null ? null : input.source().page();
            statement.ordinal = i;
            statement.recordedAt = now;

            if (created
                    || scheme.sourceFiscalYear == null
                    || body.fiscalYear() >= scheme.sourceFiscalYear
                    || reportId.equals(scheme.sourceReportId)) {
                apply(scheme, input, windows.get(i), reportId, body.fiscalYear(), now);
            }
            schemes.persist(scheme);
            statements.persist(statement);
            if (!created && !java.util.Objects.equals(shownName, scheme.name)) {
                // its recipients show its name
                schemes.flush();
                dataVersion.recipientsOfScheme(scheme.id, version);
            }
            items.add(new ReportSchemesResult.Item(scheme.id, scheme.name, created));
        }

        // schemes this report printed before but no longer does
        for (SchemeStatementEntity gone : previous.values()) {
            AwardSchemeEntity scheme = gone.scheme;
            scheme.version = version;
            String shownName = scheme.name;
            scheme.statements.remove(gone);
            statements.delete(gone);
            statements.flush();
            var latest = statements.latestOf(scheme.id);
            if (latest.isPresent()) {
                SchemeStatementEntity s = latest.get();
                AwardSchemeInput printed = mapper.readPrinted(s);
                apply(scheme, printed, CallWindow.of(printed.nextCall(), "nextCall"), s.report.id, s.fiscalYear, now);
                if (!java.util.Objects.equals(shownName, scheme.name)) {
                    schemes.flush();
                    dataVersion.recipientsOfScheme(scheme.id, version);
                }
            } else if (editions.countByScheme(scheme.id) == 0) {
                schemes.delete(scheme);
            } else {
                scheme.sourceReportId = null;
                scheme.sourceFiscalYear = null;
                scheme.sourceLineStart = null;
                scheme.sourceLineEnd = null;
                scheme.sourcePage = null;
                scheme.updatedAt = now;
            }
        }
        LOG.infof(
                "Report %s (FY%d): %d award schemes, %d new, %d dropped",
                reportId,
                body.fiscalYear(),
                items.size(),
                items.stream().filter(ReportSchemesResult.Item::created).count(),
                previous.size());
        return new ReportSchemesResult(reportId, items, previous.size());
    }

    private static List<CallWindow> validate(List<AwardSchemeInput> inputs) {
        Map<String, Integer> seen = new HashMap<>();
        List<CallWindow> windows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            AwardSchemeInput input = inputs.get(i);
            String field = "schemes[" + i + "]";
            String key = SearchText.key(input.name());
            if (key.isEmpty()) {
                throw ProblemException.badRequest(field + ".name", "must not be blank");
            }
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                throw ProblemException.badRequest(
                        field + ".name", "names the same scheme as schemes[" + first + "] (" + input.name() + ")");
            }
            if (input.source() != null
                    && input.source().lineStart() != null
                    && input.source().lineEnd() != null
                    && input.source().lineEnd() < input.source().lineStart()) {
                throw ProblemException.badRequest(field + ".source.lineEnd", "must not be before lineStart");
            }
            windows.add(CallWindow.of(input.nextCall(), field + ".nextCall"));
        }
        return windows;
    }

    private static void apply(
            AwardSchemeEntity scheme,
            AwardSchemeInput input,
            CallWindow window,
            UUID reportId,
            int fiscalYear,
            Instant now) {
        scheme.name = input.name().strip();
        scheme.summary = Inputs.clean(input.summary());
        scheme.ministryCode =
                input.ministry() == null ? null : Inputs.clean(input.ministry().code());
        scheme.ministryName =
                input.ministry() == null ? null : Inputs.clean(input.ministry().name());
        scheme.office = Inputs.clean(input.office());
        scheme.prizes.clear();
        if (input.prizes() != null) {
            input.prizes().stream().map(String::strip).distinct().forEach(scheme.prizes::add);
        }
        scheme.prizeNote = Inputs.clean(input.prizeNote());
        scheme.recruitmentMethod =
                input.recruitment() == null || input.recruitment().method() == null
                        ? RecruitmentMethod.NONE
                        : input.recruitment().method();
        scheme.recruitmentText = input.recruitment() == null
                ? null
                : Inputs.clean(input.recruitment().text());
        scheme.frequencyKind = input.frequency() == null || input.frequency().kind() == null
                ? FrequencyKind.OTHER
                : input.frequency().kind();
        scheme.frequencyText = input.frequency() == null
                ? null
                : Inputs.clean(input.frequency().text());
        scheme.nextCallText =
                input.nextCall() == null ? null : Inputs.clean(input.nextCall().text());
        scheme.nextCallFrom = input.nextCall() == null ? null : input.nextCall().from();
        scheme.nextCallTo = input.nextCall() == null ? null : input.nextCall().to();
        scheme.nextCallStart = window.start();
        scheme.nextCallEnd = window.end();
        scheme.nextCallFromMonth = window.fromMonth();
        scheme.nextCallToMonth = window.toMonth();
        scheme.status = input.status() == null ? SchemeStatus.ACTIVE : input.status();
        scheme.note = Inputs.clean(input.note());
        scheme.searchText = SearchText.indexText(input.name(), input.summary());
        scheme.sourceReportId = reportId;
        scheme.sourceFiscalYear = fiscalYear;
        scheme.sourceLineStart = input.source() == null ? null : input.source().lineStart();
        scheme.sourceLineEnd = input.source() == null ? null : input.source().lineEnd();
        scheme.sourcePage = input.source() == null ? null : input.source().page();
        scheme.updatedAt = now;
    }
}
