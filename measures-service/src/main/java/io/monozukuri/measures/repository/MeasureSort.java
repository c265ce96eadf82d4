package io.monozukuri.measures.repository;

/**
 * The order of a measure query. Every order ends with the measure id, so that pages never overlap.
 *
 * @param field what to sort by
 * @param descending reverse the primary order (ties keep their natural order)
 */
public record MeasureSort(Field field, boolean descending) {

    /** Sortable fields, by their name in the {@code sort} parameter. */
    public enum Field {
        /** natural order of the report's hierarchy (1-2-10 after 1-2-9), then newest edition first */
        CODE("code"),
        TITLE("title"),
        /** own yen; measures without own money last */
        TOTAL_YEN("totalYen"),
        FISCAL_YEAR("fiscalYear"),
        /** search rank; only with {@code q} */
        RELEVANCE("relevance");

        public final String param;

        Field(String param) {
            this.param = param;
        }
    }

    public static final MeasureSort NATURAL = new MeasureSort(Field.CODE, false);
}
