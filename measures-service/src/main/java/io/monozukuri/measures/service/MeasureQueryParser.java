package io.monozukuri.measures.service;

import io.monozukuri.commons.problem.Problem;
import io.monozukuri.measures.MeasureKind;
import io.monozukuri.measures.MinistryEntity;
import io.monozukuri.measures.config.MeasuresConfig;
import io.monozukuri.measures.repository.MeasureFilter;
import io.monozukuri.measures.repository.MeasureRepository;
import io.monozukuri.measures.repository.MeasureSort;
import io.monozukuri.measures.repository.MinistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Validates the filters and sort of a measure query; every invalid parameter is named in one 400 problem. */
@ApplicationScoped
public class MeasureQueryParser {

    /** A validated query. */
    public record Parsed(MeasureFilter filter, MeasureSort sort) {}

    private static final String SORTS =
            Arrays.stream(MeasureSort.Field.values()).map(f -> f.param).collect(Collectors.joining(", "));

    private final MinistryRepository ministries;
    private final MeasureRepository measures;
    private final MeasuresConfig config;

    public MeasureQueryParser(MinistryRepository ministries, MeasureRepository measures, MeasuresConfig config) {
        this.ministries = ministries;
        this.measures = measures;
        this.config = config;
    }

    public Parsed parse(RawMeasureQuery raw) {
        List<Problem.FieldError> errors = new ArrayList<>();
        UUID report = uuid("report", raw.report(), errors);
        Integer fiscalYear = integer("fiscalYear", raw.fiscalYear(), 1900, 2200, errors);
        Integer chapter = integer("chapter", raw.chapter(), 0, 999, errors);
        Integer section = integer("section", raw.section(), 0, 999, errors);
        MeasureKind kind = null;
        if (present(raw.kind())) {
            try {
                kind = MeasureKind.valueOf(raw.kind().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("kind", "must be one of SUBSECTION, ITEM, SUBITEM"));
            }
        }
        List<String> ministryCodes = ministryCodes(raw.ministry(), errors);
        Boolean hasBody = bool("hasBody", raw.hasBody(), errors);
        Boolean hasBudget = bool("hasBudget", raw.hasBudget(), errors);
        List<String> words = List.of();
        if (raw.q() != null) {
            if (raw.q().length() > config.search().maxQueryLength()) {
                errors.add(new Problem.FieldError(
                        "q", "must be at most " + config.search().maxQueryLength() + " characters"));
            } else {
                words = JapaneseText.words(raw.q());
                if (words.isEmpty()) {
                    errors.add(new Problem.FieldError("q", "must contain at least one character that is not a space"));
                } else if (words.size() > config.search().maxWords()) {
                    errors.add(new Problem.FieldError(
                            "q", "must have at most " + config.search().maxWords() + " words"));
                }
            }
        }
        Long minYen = yen("minYen", raw.minYen(), errors);
        Long maxYen = yen("maxYen", raw.maxYen(), errors);
        if (minYen != null && maxYen != null && minYen > maxYen) {
            errors.add(new Problem.FieldError("maxYen", "must not be less than minYen"));
        }
        UUID awardScheme = uuid("awardScheme", raw.awardScheme(), errors);
        MeasureSort sort = sort(raw.sort(), !words.isEmpty(), errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        MeasureFilter filter = new MeasureFilter(
                report,
                fiscalYear,
                chapter,
                section,
                kind,
                ministryCodes,
                hasBody,
                hasBudget,
                words,
                minYen,
                maxYen,
                awardScheme);
        return new Parsed(filter, sort);
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
                String wanted = normalise(part);
                if (wanted.isEmpty()) {
                    errors.add(new Problem.FieldError("ministry", "must not be empty"));
                    continue;
                }
                String code = registry.values().stream()
                        .filter(m -> wanted.equals(normalise(m.code))
                                || wanted.equals(normalise(m.name))
                                || wanted.equals(normalise(m.nameEn))
                                || wanted.equals(normalise(m.shortName))
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
                                .map(MeasureQueryParser::normalise)
                                .collect(Collectors.toSet())));
    }

    static String normalise(String s) {
        return s == null
                ? ""
                : Normalizer.normalize(s, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
    }

    private static MeasureSort sort(String value, boolean searching, List<Problem.FieldError> errors) {
        if (!present(value)) {
            return searching ? new MeasureSort(MeasureSort.Field.RELEVANCE, false) : MeasureSort.NATURAL;
        }
        String v = value.trim();
        boolean descending = v.startsWith("-");
        String name = descending || v.startsWith("+") ? v.substring(1) : v;
        for (MeasureSort.Field f : MeasureSort.Field.values()) {
            if (f.param.equals(name)) {
                if (f == MeasureSort.Field.RELEVANCE && !searching) {
                    errors.add(new Problem.FieldError("sort", "relevance needs a search query q"));
                    return MeasureSort.NATURAL;
                }
                return new MeasureSort(f, descending);
            }
        }
        errors.add(new Problem.FieldError("sort", "must be one of " + SORTS + ", optionally prefixed with -"));
        return MeasureSort.NATURAL;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static UUID uuid(String name, String value, List<Problem.FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.trim());
            if (id.toString().equalsIgnoreCase(value.trim())) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a UUID"));
        return null;
    }

    static Integer integer(String name, String value, int min, int max, List<Problem.FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be an integer between " + min + " and " + max));
        return null;
    }

    private static Long yen(String name, String value, List<Problem.FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a whole number of yen, 0 or more"));
        return null;
    }

    private static Boolean bool(String name, String value, List<Problem.FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new Problem.FieldError(name, "must be true or false"));
                yield null;
            }
        };
    }
}
