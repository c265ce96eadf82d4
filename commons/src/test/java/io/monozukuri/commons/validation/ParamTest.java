package io.monozukuri.commons.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.commons.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

public class ParamTest {

    enum Kind {
        ITEM,
        SUBITEM
    }

    static class Query {
        @Param(type = Param.Type.INTEGER, min = 1900, max = 2200)
        String year;

        @Param(type = Param.Type.UUID)
        String report;

        @Param(type = Param.Type.BOOLEAN)
        String flag;

        @Param(type = Param.Type.DATE)
        String on;

        @Param(type = Param.Type.ENUM, values = Kind.class)
        String kind;

        @Param(type = Param.Type.TEXT, max = 5)
        String q;
    }

    static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    public static Map<String, String> problemsOf(Object bean) {
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
            found.put(v.getPropertyPath().toString(), v.getMessage());
        }
        return found;
    }

    private Map<String, String> problems(Object bean) {
        return problemsOf(bean);
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        Query q = new Query();
        q.year = "abc";
        q.report = "not-a-uuid";
        q.flag = "yes";
        q.on = "2021-13-01";
        q.kind = "CHAPTER";
        q.q = "abcdef";

        assertThat(problems(q))
                .containsExactly(
                        Map.entry("flag", "must be true or false"),
                        Map.entry("kind", "must be one of ITEM, SUBITEM"),
                        Map.entry("on", "must be a date YYYY-MM-DD"),
                        Map.entry("q", "must be at most 5 characters"),
                        Map.entry("report", "must be a UUID"),
                        Map.entry("year", "must be a whole number between 1900 and 2200"));
    }

    @Test
    void absentOrBlankIsFineAndGoodValuesAreRead() {
        Query q = new Query();
        q.year = " 2020 ";
        q.report = "0b8e5f0e-8f55-3c4e-9a6a-1f4d6f0e2b7c";
        q.flag = "false";
        q.on = "";
        q.kind = "subitem";
        assertThat(problems(q)).isEmpty();
        assertThat(Params.toInteger(q.year)).isEqualTo(2020);
        assertThat(Params.toUuid(q.report)).hasToString(q.report);
        assertThat(Params.toBoolean(q.flag)).isFalse();
        assertThat(Params.toDate(q.on)).isNull();
        assertThat(Params.toEnum(q.kind, Kind.class)).isEqualTo(Kind.SUBITEM);
    }

    @Test
    void nulInAParameterIsRefused() {
        Query q = new Query();
        q.q = "a\u0000";
        assertThat(problems(q)).containsEntry("q", "must not contain NUL characters");
    }

    @Test
    void oneSortSyntax() {
        List<Problem.FieldError> errors = new ArrayList<>();
        assertThat(SortSpec.parse("name,-year", List.of("name", "year"), "name", errors))
                .containsExactly(new SortSpec.Key("name", false), new SortSpec.Key("year", true));
        assertThat(SortSpec.parse(null, List.of("name", "year"), "-year", errors))
                .containsExactly(new SortSpec.Key("year", true));
        assertThat(errors).isEmpty();
        SortSpec.parse("name,-size", List.of("name", "year"), "name", errors);
        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("sort");
        assertThat(errors.get(0).message()).contains("'-size'").contains("name, year");
    }
}
