package io.monozukuri.awards.service;

import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.contracts.NextCall;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The searchable form of a printed call period: either dated ({@code YYYY-MM}, first day of {@code from} to last day
 * of {@code to}) or recurring every year ({@code --MM}, month numbers, may wrap over the new year). When only one end
 * is printed the period is that single month.
 */
public record CallWindow(LocalDate start, LocalDate end, Integer fromMonth, Integer toMonth) {

    public static final CallWindow NONE = new CallWindow(null, null, null, null);

    /** @param field the JSON path of the nextCall, for problems */
    public static CallWindow of(NextCall call, String field) {
        if (call == null || (call.from() == null && call.to() == null)) {
            return NONE;
        }
        String from = call.from() != null ? call.from() : call.to();
        String to = call.to() != null ? call.to() : call.from();
        boolean fromRecurring = from.startsWith("--");
        if (fromRecurring != to.startsWith("--")) {
            throw ProblemException.badRequest(
                    field + ".to", "from and to must both carry a year (YYYY-MM) or both leave it out (--MM)");
        }
        if (fromRecurring) {
            return new CallWindow(null, null, Integer.parseInt(from.substring(2)), Integer.parseInt(to.substring(2)));
        }
        YearMonth first = YearMonth.parse(from);
        YearMonth last = YearMonth.parse(to);
        if (last.isBefore(first)) {
            throw ProblemException.badRequest(field + ".to", "must not be before from");
        }
        return new CallWindow(first.atDay(1), last.atEndOfMonth(), null, null);
    }
}
