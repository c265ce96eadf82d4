package io.monozukuri.awards.service;

import io.monozukuri.awards.AwardSchemeEntity;
import io.monozukuri.awards.api.SchemePatch;
import io.monozukuri.awards.api.SchemeStatement;
import io.monozukuri.awards.mapping.AwardsMapper;
import io.monozukuri.awards.repository.AwardSchemeRepository;
import io.monozukuri.awards.repository.DataVersionRepository;
import io.monozukuri.awards.repository.EditionRepository;
import io.monozukuri.awards.repository.SchemeFilter;
import io.monozukuri.awards.repository.SchemeStatementRepository;
import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.commons.cache.PerVersion;
import io.monozukuri.commons.concurrency.IfMatch;
import io.monozukuri.commons.concurrency.Versioned;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.commons.text.SearchText;
import io.monozukuri.commons.validation.Params;
import io.monozukuri.contracts.AwardScheme;
import io.monozukuri.contracts.FrequencyKind;
import io.monozukuri.contracts.RecruitmentMethod;
import io.monozukuri.contracts.SchemeStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Reads award schemes, and the few fields editors may change. */
@ApplicationScoped
public class AwardSchemeService {

    private static final Map<String, String> SORT_KEYS = new LinkedHashMap<>();

    static {
        SORT_KEYS.put("source", "sourceLineStart");
        SORT_KEYS.put("name", "nameKey");
        SORT_KEYS.put("status", "status");
        SORT_KEYS.put("ministry", "ministryCode");
        SORT_KEYS.put("frequency", "frequencyKind");
        SORT_KEYS.put("recruitment", "recruitmentMethod");
        SORT_KEYS.put("nextCall", "nextCallStart");
        SORT_KEYS.put("fiscalYear", "sourceFiscalYear");
        SORT_KEYS.put("since", "sinceYear");
    }

    /** Short names printed in reports (＜経産省＞) → codes. */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("経産省", "METI"),
            Map.entry("経済産業省", "METI"),
            Map.entry("厚労省", "MHLW"),
            Map.entry("厚生労働省", "MHLW"),
            Map.entry("文科省", "MEXT"),
            Map.entry("文部科学省", "MEXT"),
            Map.entry("国交省", "MLIT"),
            Map.entry("国土交通省", "MLIT"),
            Map.entry("農水省", "MAFF"),
            Map.entry("農林水産省", "MAFF"),
            Map.entry("総務省", "MIC"),
            Map.entry("内閣府", "CAO"),
            Map.entry("環境省", "MOE"));

    private final AwardSchemeRepository schemes;
    private final SchemeStatementRepository statements;
    private final EditionRepository editions;
    private final AwardsMapper mapper;
    private final DataVersionRepository dataVersion;

    /** List totals by parameters (and statement counts by scheme), counted once per data version. */
    private final PerVersion<Object, Long> totals;

    public AwardSchemeService(
            AwardSchemeRepository schemes,
            SchemeStatementRepository statements,
            EditionRepository editions,
            AwardsMapper mapper,
            DataVersionRepository dataVersion,
            DataVersion versions) {
        this.dataVersion = dataVersion;
        this.schemes = schemes;
        this.statements = statements;
        this.editions = editions;
        this.mapper = mapper;
        this.totals = new PerVersion<>(versions, 1024);
    }

    /** The raw query parameters of the list. */
    public record ListParams(
            String ministry,
            String frequency,
            String recruitment,
            String status,
            String q,
            String openOn,
            String report,
            String sort) {}

    public PageResponse<AwardScheme> list(ListParams params, PageRequest page) {
        PanacheQuery<AwardSchemeEntity> query = query(params);
        List<UUID> ids = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(s -> s.id)
                .toList();
        // the page's schemes with their prizes and statements in one more statement
        List<AwardScheme> items =
                schemes.findRows(ids).stream().map(mapper::toApi).toList();
        long total = page.page() == 0 && ids.size() < page.size() ? ids.size() : totals.get(params, query::count);
        return PageResponse.of(items, page, total);
    }

    /** One scheme with its prizes and statements, read in one statement. */
    public AwardScheme get(UUID id) {
        return schemes.findRow(id)
                .map(mapper::toApi)
                .orElseThrow(() -> ProblemException.notFound("No award scheme with id " + id));
    }

    public PageResponse<SchemeStatement> statements(UUID id, PageRequest page) {
        find(id);
        PanacheQuery<io.monozukuri.awards.SchemeStatementEntity> query = statements.findByScheme(id);
        List<SchemeStatement> items = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(mapper::toApi)
                .toList();
        return PageResponse.of(items, page, totals.get(new StatementsOf(id), query::count));
    }

    private record StatementsOf(UUID scheme) {}

    /**
     * Sets the since year: the data version's lock, then the scheme's row lock before it is read, If-Match checked
     * against the locked row (see {@link IfMatch}).
     */
    @Transactional
    public Versioned<AwardScheme> patch(UUID id, SchemePatch patch, String ifMatch) {
        long version = dataVersion.bump();
        AwardSchemeEntity scheme = lock(id);
        IfMatch.check(ifMatch, scheme.version, "award scheme " + id);
        if (patch.since() != null) {
            editions.firstYear(id).filter(first -> first < patch.since()).ifPresent(first -> {
                throw ProblemException.badRequest(
                        "since", "an edition of this scheme was held in " + first + ", before " + patch.since());
            });
        }
        scheme.sinceYear = patch.since();
        scheme.updatedAt = Instant.now();
        scheme.version = version;
        return new Versioned<>(mapper.toApi(scheme), version);
    }

    /** The scheme, its row locked until the transaction ends ({@code SELECT … FOR NO KEY UPDATE}); 404 if none. */
    AwardSchemeEntity lock(UUID id) {
        return schemes.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No award scheme with id " + id));
    }

    AwardSchemeEntity find(UUID id) {
        return schemes.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No award scheme with id " + id));
    }

    private PanacheQuery<AwardSchemeEntity> query(ListParams params) {
        List<String> codes = null;
        String ministryName = null;
        if (params.ministry() != null && !params.ministry().isBlank()) {
            ministryName = Normalizer.normalize(params.ministry(), Normalizer.Form.NFKC)
                    .strip();
            codes = new ArrayList<>();
            codes.add(ministryName.toUpperCase(Locale.ROOT));
            String code = SHORT_NAMES.get(ministryName);
            if (code != null) {
                codes.add(code);
            }
        }
        SchemeFilter filter = new SchemeFilter(
                codes,
                ministryName,
                Params.toEnum(params.frequency(), FrequencyKind.class),
                Params.toEnum(params.recruitment(), RecruitmentMethod.class),
                Params.toEnum(params.status(), SchemeStatus.class),
                SearchText.words(params.q()),
                Params.toDate(params.openOn()),
                Params.toUuid(params.report()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Sort sort = Sorting.of(params.sort(), SORT_KEYS, "source", errors, "nameKey", "id");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return schemes.search(filter, sort);
    }
}
