package io.monozukuri.commons.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The representations of every exportable list: one page of the list envelope as JSON, or every matching row streamed
 * as CSV or NDJSON.
 */
@Schema(
        name = "ListFormat",
        description =
                "json: one page of the list envelope (the default); csv: every matching row as RFC 4180 CSV with a"
                        + " header row; ndjson: every matching item as one JSON object per line. csv and ndjson ignore page and"
                        + " size.")
public enum ListFormat {
    json("application/json"),
    csv(ListExport.CSV),
    ndjson(ListExport.NDJSON);

    /** The media type of this representation (without charset). */
    public final String mediaType;

    ListFormat(String mediaType) {
        this.mediaType = mediaType;
    }
}
