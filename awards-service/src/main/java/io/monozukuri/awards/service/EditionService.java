package io.monozukuri.awards.service;

import io.monozukuri.awards.AwardSchemeEntity;
import io.monozukuri.awards.EditionEntity;
import io.monozukuri.awards.api.Edition;
import io.monozukuri.awards.api.EditionInput;
import io.monozukuri.awards.mapping.AwardsMapper;
import io.monozukuri.awards.repository.DataVersionRepository;
import io.monozukuri.awards.repository.EditionRepository;
import io.monozukuri.awards.repository.RecipientRepository;
import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.commons.cache.PerVersion;
import io.monozukuri.commons.concurrency.IfMatch;
import io.monozukuri.commons.concurrency.Versioned;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editions of a scheme. Rules: numbers are unique within a scheme (409); an edition's year may not be before the
 * scheme's {@code since} year, and editions keep the order of their numbers (a higher number is not held in an
 * earlier year) (400); the call period's {@code from} is not after its {@code to} (400).
 *
 * <p>Writes of one edition are atomic and ordered: each takes the data version's lock, then the edition's row lock
 * before reading it, and checks If-Match against the locked row ({@link IfMatch}).
 */
@ApplicationScoped
public class EditionService {

    private static final Pattern ORDINAL = Pattern.compile("第(\\d+)回");
    private static final Map<String, String> SORT_KEYS = new LinkedHashMap<>();

    static {
        SORT_KEYS.put("year", "year");
        SORT_KEYS.put("number", "number");
    }

    private final EditionRepository editions;
    private final RecipientRepository recipients;
    private final AwardSchemeService schemes;
    private final AwardsMapper mapper;
    private final DataVersionRepository dataVersion;

    /** Edition totals by scheme, counted once per data version. */
    private final PerVersion<UUID, Long> totals;

    public EditionService(
            EditionRepository editions,
            RecipientRepository recipients,
            AwardSchemeService schemes,
            AwardsMapper mapper,
            DataVersionRepository dataVersion,
            DataVersion versions) {
        this.dataVersion = dataVersion;
        this.totals = new PerVersion<>(versions, 1024);
        this.editions = editions;
        this.recipients = recipients;
        this.schemes = schemes;
        this.mapper = mapper;
    }

    public PageResponse<Edition> list(UUID schemeId, String sortParam, PageRequest page) {
        schemes.find(schemeId);
        List<Problem.FieldError> errors = new ArrayList<>();
        Sort sort = Sorting.of(sortParam, SORT_KEYS, "-year", errors, "id");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        PanacheQuery<EditionEntity> query = editions.findByScheme(schemeId, sort);
        List<EditionEntity> rows = query.page(Page.of(page.page(), page.size())).list();
        Map<UUID, Long> counts =
                recipients.countByEditions(rows.stream().map(e -> e.id).toList());
        List<Edition> items = rows.stream()
                .map(e -> mapper.toApi(e, counts.getOrDefault(e.id, 0L)))
                .toList();
        long total = page.page() == 0 && items.size() < page.size() ? items.size() : totals.get(schemeId, query::count);
        return PageResponse.of(items, page, total);
    }

    public Edition get(UUID schemeId, UUID editionId) {
        EditionEntity edition = find(schemeId, editionId);
        return mapper.toApi(edition, recipients.countByEdition(edition.id));
    }

    @Transactional
    public Versioned<Edition> create(UUID schemeId, EditionInput input) {
        long version = dataVersion.bump();
        AwardSchemeEntity scheme = schemes.find(schemeId);
        EditionEntity edition = new EditionEntity();
        edition.id = UUID.randomUUID();
        edition.scheme = scheme;
        edition.createdAt = Instant.now();
        fill(edition, input);
        edition.version = version;
        editions.persist(edition);
        return new Versioned<>(mapper.toApi(edition, 0), version);
    }

    @Transactional
    public Versioned<Edition> update(UUID schemeId, UUID editionId, EditionInput input, String ifMatch) {
        long version = dataVersion.bump();
        EditionEntity edition = lock(schemeId, editionId);
        IfMatch.check(ifMatch, edition.version, "edition " + editionId);
        Integer number = edition.number;
        int year = edition.year;
        fill(edition, input);
        edition.version = version;
        if (!java.util.Objects.equals(number, edition.number) || year != edition.year) {
            // its recipients show its number and year
            editions.flush();
            dataVersion.recipientsOfEdition(edition.id, version);
        }
        return new Versioned<>(mapper.toApi(edition, recipients.countByEdition(edition.id)), version);
    }

    /**
     * Deletes an edition. One that still has recipients is kept (409) unless {@code cascade} is set, in which case
     * its recipients go with it.
     */
    @Transactional
    public void delete(UUID schemeId, UUID editionId, boolean cascade, String ifMatch) {
        dataVersion.bump();
        EditionEntity edition = lock(schemeId, editionId);
        IfMatch.check(ifMatch, edition.version, "edition " + editionId);
        long count = recipients.countByEdition(editionId);
        if (count > 0 && !cascade) {
            throw ProblemException.conflict("Edition " + editionId + " still has " + count
                    + " recipient(s); delete them first or pass cascade=true");
        }
        recipients.deleteByEdition(editionId);
        editions.delete(edition);
    }

    EditionEntity find(UUID schemeId, UUID editionId) {
        schemes.find(schemeId);
        return editions.findInScheme(schemeId, editionId)
                .orElseThrow(() ->
                        ProblemException.notFound("No edition with id " + editionId + " in award scheme " + schemeId));
    }

    /** The edition of the scheme, its row locked until the transaction ends; 404 if none. */
    EditionEntity lock(UUID schemeId, UUID editionId) {
        schemes.find(schemeId);
        return editions.lockInScheme(schemeId, editionId)
                .orElseThrow(() ->
                        ProblemException.notFound("No edition with id " + editionId + " in award scheme " + schemeId));
    }

    private void fill(EditionEntity edition, EditionInput input) {
        UUID schemeId = edition.scheme.id;
        Integer number = input.number();
        String title = Inputs.clean(input.title());
        if (number == null && title != null) {
            Matcher m = ORDINAL.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC));
            if (m.find()) {
                number = Integer.valueOf(m.group(1));
            }
        }
        int year = input.year();
        Integer since = edition.scheme.sinceYear;
        if (since != null && year < since) {
            throw ProblemException.badRequest(
                    "year", "must not be before " + since + ", the year the award scheme began (its since year)");
        }
        if (input.callPeriod() != null
                && input.callPeriod().from() != null
                && input.callPeriod().to() != null
                && input.callPeriod().to().isBefore(input.callPeriod().from())) {
            throw ProblemException.badRequest("callPeriod.to", "must not be before callPeriod.from");
        }
        if (number != null) {
            int n = number;
            editions.findByNumber(schemeId, n, edition.id).ifPresent(other -> {
                throw ProblemException.conflict(
                        "Award scheme " + schemeId + " already has edition number " + n + " (id " + other.id + ")");
            });
            editions.findEarlierNumberLaterYear(schemeId, n, year, edition.id).ifPresent(other -> {
                throw ProblemException.badRequest(
                        "year", "must not be before " + other.year + ", the year of edition " + other.number);
            });
            editions.findLaterNumberEarlierYear(schemeId, n, year, edition.id).ifPresent(other -> {
                throw ProblemException.badRequest(
                        "year", "must not be after " + other.year + ", the year of edition " + other.number);
            });
        }
        edition.number = number;
        edition.title = title;
        edition.year = year;
        edition.callFrom =
                input.callPeriod() == null ? null : input.callPeriod().from();
        edition.callTo = input.callPeriod() == null ? null : input.callPeriod().to();
        edition.announcementDate = input.announcementDate();
        edition.ceremonyDate = input.ceremonyDate();
        edition.notes = Inputs.clean(input.notes());
        edition.updatedAt = Instant.now();
    }
}
