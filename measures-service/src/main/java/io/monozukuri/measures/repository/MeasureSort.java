package io.monozukuri.measures.repository;

import java.util.List;

/**
 * The order of a measure query: one or more keys. Every order ends with the natural order and the measure id, so that
 * pages never overlap.
 */
public record MeasureSort(List<Order> orders) {

    /** Sortable fields, by their name in the {@code sort} parameter. */
    public enum Field {
        /** natural order of the report's hierarchy (1-2-10 after 1-2-9), then newest edition first */
        CODE("code"),
        TITLE("title"),
        /** own yen; measures without own money last */
        TOTAL_YEN("totalYen"),
        FISCAL_YEAR("fiscalYear"),
        /** search rank, best first; only with {@code q} */
        RELEVANCE("relevance");

        public final String param;

        Field(String param) {
            this.param = param;
        }
    }

    /** One key: {@code descending} reverses it. */
    public record Order(Field field, boolean descending) {}

    public static final MeasureSort NATURAL = new MeasureSort(List.of(new Order(Field.CODE, false)));

    public static final MeasureSort RELEVANCE = new MeasureSort(List.of(new Order(Field.RELEVANCE, false)));
}
