package io.monozukuri.measures.service;

/** Representations of the measure list. */
public enum ExportFormat {
    /** the paged list envelope */
    json,
    /** every matching measure as UTF-8 CSV with a header row, streamed */
    csv,
    /** every matching measure as one JSON object per line, streamed */
    ndjson
}
