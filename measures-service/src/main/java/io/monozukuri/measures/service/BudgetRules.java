package io.monozukuri.measures.service;

import io.monozukuri.contracts.BudgetType;
import io.monozukuri.measures.BudgetLine;
import java.util.List;

/**
 * How a measure's budget lines add up.
 *
 * <ul>
 *   <li>Own money ({@code totalYen}) is the sum of the lines that are not 内数. When a clause prints a total
 *       (総額, type {@code TOTAL}) the total stands for the amounts it sums, so only the TOTAL lines count.
 *   <li>内数 lines ({@code partOf}) name a pool the measure gets an unknown share of; they are summed apart
 *       ({@code partOfYen}) and never added to own money.
 *   <li>A parent's own budget is the parent's clause only; children are never rolled up into it, so summing
 *       parents and children together counts each clause once.
 * </ul>
 */
public final class BudgetRules {

    private BudgetRules() {}

    public static Long ownYen(List<BudgetLine> lines) {
        boolean hasTotal = lines.stream().anyMatch(b -> !b.partOf && b.type == BudgetType.TOTAL && b.amountYen != null);
        return sum(lines.stream()
                .filter(b -> !b.partOf && b.amountYen != null)
                .filter(b -> !hasTotal || b.type == BudgetType.TOTAL)
                .map(b -> b.amountYen)
                .toList());
    }

    public static Long partOfYen(List<BudgetLine> lines) {
        return sum(lines.stream()
                .filter(b -> b.partOf && b.amountYen != null)
                .map(b -> b.amountYen)
                .toList());
    }

    private static Long sum(List<Long> amounts) {
        if (amounts.isEmpty()) {
            return null;
        }
        long total = 0;
        for (Long a : amounts) {
            total = Math.addExact(total, a);
        }
        return total;
    }
}
