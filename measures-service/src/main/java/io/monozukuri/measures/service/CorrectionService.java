package io.monozukuri.measures.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.commons.concurrency.IfMatch;
import io.monozukuri.commons.concurrency.Versioned;
import io.monozukuri.commons.json.StrictJson;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.contracts.Budget;
import io.monozukuri.contracts.Measure;
import io.monozukuri.measures.BudgetLine;
import io.monozukuri.measures.CorrectionEntity;
import io.monozukuri.measures.MeasureEntity;
import io.monozukuri.measures.MeasureMinistry;
import io.monozukuri.measures.MinistryEntity;
import io.monozukuri.measures.api.Correction;
import io.monozukuri.measures.mapping.MeasureMapper;
import io.monozukuri.measures.repository.CorrectionRepository;
import io.monozukuri.measures.repository.DataVersionRepository;
import io.monozukuri.measures.repository.MeasureRepository;
import io.monozukuri.measures.repository.MinistryRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Editors' corrections of measures. A correction is a JSON merge patch (RFC 7396) of a few fields; it is
 * kept with the measure before and after, and re-applied after every re-ingest of the report, so that an
 * ingest never silently erases it. A corrected measure says {@code corrected: true}.
 *
 * <p>Corrections are atomic and ordered: each takes the data version's row lock first (the lock order of every writer
 * of this service, imports included, so they cannot deadlock), then the measure's row lock ({@code SELECT … FOR NO KEY
 * UPDATE}) <em>before</em> it reads the measure, checks If-Match against the locked row, applies the patch to what it
 * read and records the history entry in the same transaction. Concurrent corrections of one measure therefore run one
 * after the other: each sees every change committed before it, its "before" is the previous one's "after", and the
 * history lists them in commit order (by {@code seq}, taken after the lock).
 *
 * <p>A patch that changes nothing (every field it names already has that value) is not a correction: the measure, its
 * version, the data version and the history stay as they are, and the answer is the measure unchanged.
 */
@ApplicationScoped
public class CorrectionService {

    private static final Logger LOG = Logger.getLogger(CorrectionService.class);

    /** The fields an editor may correct. */
    public static final Set<String> FIELDS =
            Set.of("title", "description", "budgetText", "budgets", "partOf", "pool", "ministries", "reposted");

    private static final String NOTE = "note";

    private final MeasureRepository measures;
    private final MinistryRepository ministries;
    private final CorrectionRepository corrections;
    private final DataVersionRepository versions;
    private final MeasureMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;

    public CorrectionService(
            MeasureRepository measures,
            MinistryRepository ministries,
            CorrectionRepository corrections,
            DataVersionRepository versions,
            MeasureMapper mapper,
            ObjectMapper json,
            Validator validator) {
        this.measures = measures;
        this.ministries = ministries;
        this.corrections = corrections;
        this.versions = versions;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    /**
     * Applies a merge patch to a measure.
     *
     * @param ifMatch the request's If-Match, or null (see {@link IfMatch})
     * @return the corrected measure and its new version
     */
    @Transactional
    public Versioned<Measure> correct(UUID measureId, JsonNode body, String author, String ifMatch) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid(
                    List.of(new Problem.FieldError("body", "must be a JSON object (merge patch)")));
        }
        ObjectNode patch = ((ObjectNode) body).deepCopy();
        JsonNode note = patch.remove(NOTE);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (note != null
                && !note.isNull()
                && (!note.isTextual() || note.asText().length() > 1000 || StrictJson.unsafe(note.asText()) != null)) {
            errors.add(new Problem.FieldError(NOTE, "must be a text of at most 1000 characters"));
        }
        if (patch.isEmpty()) {
            errors.add(new Problem.FieldError("body", "must change at least one of " + String.join(", ", FIELDS)));
        }
        // the lock order of every writer: the data version first (imports take it first too), then the measure's row
        long version = versions.bump();
        MeasureEntity measure = measures.findByIdOptional(measureId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No measure with id " + measureId));
        IfMatch.check(ifMatch, measure.version, "measure " + measureId);
        Map<String, MinistryEntity> registry = ministries.byCode();
        Measure before = mapper.toApi(measure, registry);
        apply(patch, measure, registry, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (mapper.toApi(measure, registry).equals(before)) {
            // the patch sets every field to what it already is: nothing to correct. Nothing is written — no history
            // entry, no new version of the measure or of the data — and the answer is the measure as it is. Rolling
            // back also takes back the data version's bump above (its NOTIFY is only sent on commit).
            QuarkusTransaction.setRollbackOnly();
            return new Versioned<>(before, before.version());
        }
        measure.corrected = true;
        measure.version = version;
        Measure after = mapper.toApi(measure, registry);

        CorrectionEntity c = new CorrectionEntity();
        c.id = UUID.randomUUID();
        c.measureId = measure.id;
        c.reportId = measure.reportId;
        c.code = measure.code;
        c.author = author;
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.note = note == null || note.isNull() ? null : note.asText();
        c.patch = write(patch);
        c.beforeState = write(before);
        c.afterState = write(after);
        corrections.persist(c);
        return new Versioned<>(after, version);
    }

    public PageResponse<Correction> history(UUID measureId, PageRequest page) {
        PanacheQuery<CorrectionEntity> query = corrections.findByMeasure(measureId);
        long total = query.count();
        if (total == 0 && measures.findByIdOptional(measureId).isEmpty()) {
            throw ProblemException.notFound("No measure with id " + measureId);
        }
        List<Correction> items = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(c -> new Correction(
                        c.id,
                        c.measureId,
                        c.code,
                        c.author,
                        c.createdAt,
                        c.note,
                        read(c.patch),
                        read(c.beforeState),
                        read(c.afterState)))
                .toList();
        return PageResponse.of(items, page, total);
    }

    /**
     * Re-applies, oldest first, the corrections of a report's measures after the report was ingested again.
     * Corrections of codes the new ingest no longer has stay in the history, unapplied.
     */
    int reapply(UUID reportId) {
        List<CorrectionEntity> all = corrections.listByReport(reportId);
        if (all.isEmpty()) {
            return 0;
        }
        Map<String, MinistryEntity> registry = ministries.byCode();
        int applied = 0;
        for (CorrectionEntity c : all) {
            MeasureEntity measure = measures.findById(c.measureId);
            if (measure == null) {
                continue;
            }
            List<Problem.FieldError> errors = new ArrayList<>();
            apply((ObjectNode) read(c.patch), measure, registry, errors);
            if (!errors.isEmpty()) {
                LOG.warnf("Correction %s of measure %s partly re-applied: %s", c.id, c.measureId, errors);
            }
            measure.corrected = true;
            applied++;
        }
        return applied;
    }

    private void apply(
            ObjectNode patch, MeasureEntity m, Map<String, MinistryEntity> registry, List<Problem.FieldError> errors) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "title" -> {
                    if (v.isTextual() && StrictJson.unsafe(v.asText()) != null) {
                        errors.add(new Problem.FieldError("title", StrictJson.unsafe(v.asText())));
                    } else if (v.isTextual()
                            && !v.asText().isBlank()
                            && v.asText().length() <= 1000) {
                        m.title = v.asText().strip();
                    } else {
                        errors.add(
                                new Problem.FieldError("title", "must be a non-blank text of at most 1000 characters"));
                    }
                }
                case "description" -> m.description = text("description", v, 200_000, errors, m.description);
                case "budgetText" -> m.budgetText = text("budgetText", v, 2000, errors, m.budgetText);
                case "pool" -> m.pool = text("pool", v, 500, errors, m.pool);
                case "partOf" -> {
                    if (v.isBoolean()) {
                        m.partOf = v.asBoolean();
                    } else {
                        errors.add(new Problem.FieldError("partOf", "must be true or false"));
                    }
                }
                case "reposted" -> {
                    if (v.isNull() || (v.isTextual() && Set.of("再掲", "一部再掲").contains(v.asText()))) {
                        m.reposted = v.isNull() ? null : v.asText();
                    } else {
                        errors.add(new Problem.FieldError("reposted", "must be 再掲, 一部再掲 or null"));
                    }
                }
                case "budgets" -> {
                    List<BudgetLine> lines = budgets(v, errors);
                    if (lines != null) {
                        m.budgets.clear();
                        m.budgets.addAll(lines);
                    }
                }
                case "ministries" -> {
                    List<MeasureMinistry> named = ministries(v, registry, errors);
                    if (named != null) {
                        m.ministries.clear();
                        m.ministries.addAll(named);
                    }
                }
                default -> errors.add(new Problem.FieldError(
                        f.getKey(), "cannot be corrected; correctable fields are " + String.join(", ", FIELDS)));
            }
        }
        ReportImportService.refreshDerived(m);
    }

    private static String text(String name, JsonNode v, int max, List<Problem.FieldError> errors, String keep) {
        if (v.isNull()) {
            return null;
        }
        if (v.isTextual() && StrictJson.unsafe(v.asText()) != null) {
            errors.add(new Problem.FieldError(name, StrictJson.unsafe(v.asText())));
            return keep;
        }
        if (v.isTextual() && v.asText().length() <= max) {
            return v.asText();
        }
        errors.add(new Problem.FieldError(name, "must be a text of at most " + max + " characters, or null"));
        return keep;
    }

    private List<BudgetLine> budgets(JsonNode v, List<Problem.FieldError> errors) {
        if (v.isNull()) {
            return List.of();
        }
        if (!v.isArray() || v.size() > 50) {
            errors.add(new Problem.FieldError("budgets", "must be an array of at most 50 budgets, or null"));
            return null;
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            Budget b;
            try {
                b = json.treeToValue(v.get(i), Budget.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.add(new Problem.FieldError("budgets[" + i + "]", "is not a budget"));
                continue;
            }
            if (b == null) {
                errors.add(new Problem.FieldError("budgets[" + i + "]", "must not be null"));
                continue;
            }
            for (ConstraintViolation<Budget> cv : validator.validate(b)) {
                errors.add(new Problem.FieldError("budgets[" + i + "]." + cv.getPropertyPath(), cv.getMessage()));
            }
            lines.add(MeasureMapper.toEntity(b));
        }
        return lines;
    }

    private static List<MeasureMinistry> ministries(
            JsonNode v, Map<String, MinistryEntity> registry, List<Problem.FieldError> errors) {
        if (v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            errors.add(new Problem.FieldError("ministries", "must be an array of ministry codes, or null"));
            return null;
        }
        List<MeasureMinistry> named = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode code = v.get(i);
            MinistryEntity m = code.isTextual() ? registry.get(code.asText()) : null;
            if (m == null) {
                errors.add(new Problem.FieldError("ministries[" + i + "]", "must be a code of /api/v1/ministries"));
            } else {
                named.add(new MeasureMinistry(m.code, m.shortName));
            }
        }
        return named;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a correction as JSON", e);
        }
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored correction is not JSON", e);
        }
    }
}
