package io.monozukuri.awards.service;

import io.monozukuri.awards.EditionEntity;
import io.monozukuri.awards.RecipientEntity;
import io.monozukuri.awards.api.Recipient;
import io.monozukuri.awards.api.RecipientInput;
import io.monozukuri.awards.api.RecipientKind;
import io.monozukuri.awards.api.RecipientStatus;
import io.monozukuri.awards.mapping.AwardsMapper;
import io.monozukuri.awards.repository.DataVersionRepository;
import io.monozukuri.awards.repository.RecipientFilter;
import io.monozukuri.awards.repository.RecipientRepository;
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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recipients of an edition, and the search across all of them. Rules: the prize must be one of the scheme's prizes
 * (compared after NFKC and with spaces removed; stored as the scheme prints it), the prefecture one of the 47 (stored
 * by its full name).
 *
 * <p>Writes are atomic and ordered: the data version's lock first, then the edition's row lock where its recipient
 * count changes (create, delete), then the recipient's row lock before it is read; If-Match is checked against the
 * locked row ({@link IfMatch}).
 */
@ApplicationScoped
public class RecipientService {

    private static final Map<String, String> SORT_KEYS = new LinkedHashMap<>();

    static {
        SORT_KEYS.put("year", "edition.year");
        SORT_KEYS.put("name", "name");
        SORT_KEYS.put("prefecture", "prefecture");
        SORT_KEYS.put("prize", "prize");
        SORT_KEYS.put("kind", "kind");
    }

    private final RecipientRepository recipients;
    private final EditionService editions;
    private final AwardSchemeService schemes;
    private final AwardsMapper mapper;
    private final DataVersionRepository dataVersion;

    /** Search totals by filter, counted once per data version. */
    private final PerVersion<RecipientFilter, Long> totals;

    public RecipientService(
            RecipientRepository recipients,
            EditionService editions,
            AwardSchemeService schemes,
            AwardsMapper mapper,
            DataVersionRepository dataVersion,
            DataVersion versions) {
        this.dataVersion = dataVersion;
        this.recipients = recipients;
        this.editions = editions;
        this.schemes = schemes;
        this.mapper = mapper;
        this.totals = new PerVersion<>(versions, 1024);
    }

    /** The raw query parameters of the search. */
    public record SearchParams(
            String q, String scheme, String year, String prefecture, String kind, String prize, String sort) {}

    public PageResponse<Recipient> search(SearchParams params, PageRequest page) {
        List<Problem.FieldError> errors = new ArrayList<>();
        RecipientFilter filter = filter(params, errors);
        Sort sort = Sorting.of(params.sort(), SORT_KEYS, "-year", errors, "name", "id");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return page(filter, sort, page);
    }

    public PageResponse<Recipient> listOfEdition(UUID schemeId, UUID editionId, String sort, PageRequest page) {
        editions.find(schemeId, editionId);
        RecipientFilter filter = new RecipientFilter(List.of(), null, null, editionId, null, null, null, null);
        List<Problem.FieldError> errors = new ArrayList<>();
        Sort order = Sorting.of(sort, SORT_KEYS, "-year", errors, "name", "id");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return page(filter, order, page);
    }

    public Recipient get(UUID id) {
        return recipients
                .findByIdOptional(id)
                .map(mapper::toApi)
                .orElseThrow(() -> ProblemException.notFound("No recipient with id " + id));
    }

    public Recipient get(UUID schemeId, UUID editionId, UUID recipientId) {
        return mapper.toApi(find(schemeId, editionId, recipientId));
    }

    @Transactional
    public Versioned<Recipient> create(UUID schemeId, UUID editionId, RecipientInput input) {
        long version = dataVersion.bump();
        EditionEntity edition = editions.lock(schemeId, editionId);
        RecipientEntity recipient = new RecipientEntity();
        recipient.id = UUID.randomUUID();
        recipient.edition = edition;
        recipient.createdAt = Instant.now();
        fill(recipient, input);
        recipient.version = version;
        recipients.persist(recipient);
        // the edition's recipient count changed
        edition.version = version;
        return new Versioned<>(mapper.toApi(recipient), version);
    }

    @Transactional
    public Versioned<Recipient> update(
            UUID schemeId, UUID editionId, UUID recipientId, RecipientInput input, String ifMatch) {
        long version = dataVersion.bump();
        editions.find(schemeId, editionId);
        RecipientEntity recipient = lock(editionId, recipientId);
        IfMatch.check(ifMatch, recipient.version, "recipient " + recipientId);
        fill(recipient, input);
        recipient.version = version;
        return new Versioned<>(mapper.toApi(recipient), version);
    }

    @Transactional
    public void delete(UUID schemeId, UUID editionId, UUID recipientId, String ifMatch) {
        long version = dataVersion.bump();
        EditionEntity edition = editions.lock(schemeId, editionId);
        RecipientEntity recipient = lock(editionId, recipientId);
        IfMatch.check(ifMatch, recipient.version, "recipient " + recipientId);
        recipients.delete(recipient);
        edition.version = version;
    }

    private RecipientEntity lock(UUID editionId, UUID recipientId) {
        return recipients
                .lockInEdition(editionId, recipientId)
                .orElseThrow(() ->
                        ProblemException.notFound("No recipient with id " + recipientId + " in edition " + editionId));
    }

    private RecipientEntity find(UUID schemeId, UUID editionId, UUID recipientId) {
        editions.find(schemeId, editionId);
        return recipients
                .findInEdition(editionId, recipientId)
                .orElseThrow(() ->
                        ProblemException.notFound("No recipient with id " + recipientId + " in edition " + editionId));
    }

    private PageResponse<Recipient> page(RecipientFilter filter, Sort sort, PageRequest page) {
        PanacheQuery<RecipientEntity> query = recipients.search(filter, sort);
        List<Recipient> items = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(mapper::toApi)
                .toList();
        long total = page.page() == 0 && items.size() < page.size() ? items.size() : totals.get(filter, query::count);
        return PageResponse.of(items, page, total);
    }

    private RecipientFilter filter(SearchParams params, List<Problem.FieldError> errors) {
        UUID schemeId = null;
        String schemeKey = null;
        if (params.scheme() != null && !params.scheme().isBlank()) {
            schemeId = Params.toUuid(params.scheme());
            if (schemeId == null) {
                schemeKey = SearchText.key(params.scheme());
            }
        }
        String prefecture = null;
        if (params.prefecture() != null && !params.prefecture().isBlank()) {
            prefecture = Prefectures.canonical(params.prefecture()).orElse(null);
            if (prefecture == null) {
                errors.add(new Problem.FieldError("prefecture", "must be one of the 47 prefectures"));
            }
        }
        String prize = params.prize() == null || params.prize().isBlank() ? null : SearchText.key(params.prize());
        return new RecipientFilter(
                SearchText.words(params.q()),
                schemeId,
                schemeKey,
                null,
                Params.toInteger(params.year()),
                prefecture,
                Params.toEnum(params.kind(), RecipientKind.class),
                prize);
    }

    private void fill(RecipientEntity recipient, RecipientInput input) {
        List<String> prizes = recipient.edition.scheme.prizes;
        String prize = null;
        if (input.prize() != null && !input.prize().isBlank()) {
            String key = SearchText.key(input.prize());
            if (prizes.isEmpty()) {
                throw ProblemException.badRequest("prize", "the award scheme awards no named prize; leave it out");
            }
            prize = prizes.stream()
                    .filter(p -> SearchText.key(p).equals(key))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.badRequest(
                            "prize", "must be one of the scheme's prizes: " + String.join(", ", prizes)));
        }
        String prefecture = null;
        if (input.prefecture() != null && !input.prefecture().isBlank()) {
            prefecture = Prefectures.canonical(input.prefecture())
                    .orElseThrow(() -> ProblemException.badRequest("prefecture", "must be one of the 47 prefectures"));
        }
        recipient.name = input.name().strip();
        recipient.kind = input.kind();
        recipient.affiliation = Inputs.clean(input.affiliation());
        recipient.prefecture = prefecture;
        recipient.prize = prize;
        recipient.category = Inputs.clean(input.category());
        recipient.citation = Inputs.clean(input.citation());
        recipient.share = input.share() == null ? 1 : input.share();
        recipient.status = input.status() == null ? RecipientStatus.AWARDED : input.status();
        recipient.searchText =
                SearchText.indexText(recipient.name, recipient.affiliation, recipient.category, recipient.citation);
        recipient.updatedAt = Instant.now();
    }
}
