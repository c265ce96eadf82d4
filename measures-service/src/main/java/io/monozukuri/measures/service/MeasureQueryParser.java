package io.monozukuri.measures.service;

import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.commons.text.SearchText;
import io.monozukuri.commons.validation.Params;
import io.monozukuri.commons.validation.SortSpec;
import io.monozukuri.contracts.MeasureKind;
import io.monozukuri.measures.MinistryEntity;
import io.monozukuri.measures.api.MeasureQuery;
import io.monozukuri.measures.config.MeasuresConfig;
import io.monozukuri.measures.repository.MeasureFilter;
import io.monozukuri.measures.repository.MeasureRepository;
import io.monozukuri.measures.repository.MeasureSort;
import io.monozukuri.measures.repository.MinistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@link MeasureQuery} (whose parameters {@code @Param} has already checked one by one) into a filter and a
 * sort, checking what needs the data or several parameters: ministry names, search words, minYen ≤ maxYen, sort keys.
 * Every problem is named in one 400.
 */
@ApplicationScoped
public class MeasureQueryParser {

    /** A validated query. */
    public record Parsed(MeasureFilter filter, MeasureSort sort) {}

    private static final List<String> SORT_KEYS =
            Arrays.stream(MeasureSort.Field.values()).map(f -> f.param).toList();

    private final MinistryRepository ministries;
    private final MeasureRepository measures;
    private final MeasuresConfig config;

    public MeasureQueryParser(MinistryRepository ministries, MeasureRepository measures, MeasuresConfig config) {
        this.ministries = ministries;
        this.measures = measures;
        this.config = config;
    }

    public Parsed parse(MeasureQuery query, String sort) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> words = List.of();
        if (query.q != null) {
            words = SearchText.words(query.q);
            if (words.isEmpty()) {
                errors.add(new Problem.FieldError("q", "must contain at least one character that is not a space"));
            } else if (words.size() > config.search().maxWords()) {
                errors.add(new Problem.FieldError(
                        "q", "must have at most " + config.search().maxWords() + " words"));
            } else if (query.q.length() > config.search().maxQueryLength()) {
                errors.add(new Problem.FieldError(
                        "q", "must be at most " + config.search().maxQueryLength() + " characters"));
            }
        }
        Long minYen = Params.toLong(query.minYen);
        Long maxYen = Params.toLong(query.maxYen);
        if (minYen != null && maxYen != null && minYen > maxYen) {
            errors.add(new Problem.FieldError("maxYen", "must not be less than minYen"));
        }
        List<String> ministryCodes = ministryCodes(query.ministry, errors);
        MeasureSort order = sort(sort, !words.isEmpty(), errors);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
            throw ProblemException.invalid(errors);
        }
        MeasureFilter filter = new MeasureFilter(
                Params.toUuid(query.report),
                Params.toInteger(query.fiscalYear),
                Params.toInteger(query.chapter),
                Params.toInteger(query.section),
                Params.toEnum(query.kind, MeasureKind.class),
                ministryCodes,
                Params.toBoolean(query.hasBody),
                Params.toBoolean(query.hasBudget),
                words,
                minYen,
                maxYen,
                Params.toUuid(query.awardScheme));
        return new Parsed(filter, order);
    }

    private List<String> ministryCodes(List<String> values, List<Problem.FieldError> errors) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Map<String, MinistryEntity> registry = ministries.byCode();
        Map<String, Set<String>> printed = shortForms();
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values) {
            for (String part : value.split("[,、，]")) {
                String wanted = SearchText.key(part);
                if (wanted.isEmpty()) {
                    errors.add(new Problem.FieldError("ministry", "must not be empty"));
                    continue;
                }
                String code = registry.values().stream()
                        .filter(m -> wanted.equals(SearchText.key(m.code))
                                || wanted.equals(SearchText.key(m.name))
                                || wanted.equals(SearchText.key(m.nameEn))
                                || wanted.equals(SearchText.key(m.shortName))
                                || printed.getOrDefault(m.code, Set.of()).contains(wanted))
                        .map(m -> m.code)
                        .findFirst()
                        .orElse(null);
                if (code == null) {
                    errors.add(new Problem.FieldError(
                            "ministry",
                            "unknown ministry '" + part.trim() + "'; use a code, name or short name of"
                                    + " /api/v1/ministries"));
                } else {
                    codes.add(code);
                }
            }
        }
        return List.copyOf(codes);
    }

    private Map<String, Set<String>> shortForms() {
        return measures.ministryUsage().stream()
                .filter(r -> r[2] != null)
                .collect(Collectors.toMap(
                        r -> (String) r[0], r -> Arrays.stream(r[2].toString().split("\u001f"))
                                .map(SearchText::key)
                                .collect(Collectors.toSet())));
    }

    private static MeasureSort sort(String value, boolean searching, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return searching ? MeasureSort.RELEVANCE : MeasureSort.NATURAL;
        }
        List<MeasureSort.Order> orders = new ArrayList<>();
        for (SortSpec.Key key : SortSpec.parse(value, SORT_KEYS, "code", errors)) {
            MeasureSort.Field field = Arrays.stream(MeasureSort.Field.values())
                    .filter(f -> f.param.equals(key.name()))
                    .findFirst()
                    .orElseThrow();
            if (field == MeasureSort.Field.RELEVANCE && !searching) {
                errors.add(new Problem.FieldError("sort", "relevance needs a search query q"));
            }
            orders.add(new MeasureSort.Order(field, key.descending()));
        }
        return orders.isEmpty() ? MeasureSort.NATURAL : new MeasureSort(orders);
    }
}
