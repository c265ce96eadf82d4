package io.monozukuri.measures.service;

import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.problem.ProblemException;
import java.util.List;
import java.util.stream.Collectors;

/** Problems this service raises. */
final class Problems {

    private Problems() {}

    /** A 400 naming every invalid field or parameter. */
    static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new ProblemException(400, "validation", "Invalid request", detail, errors);
    }
}
