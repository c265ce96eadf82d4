package io.monozukuri.commons.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.csv.CsvColumns;
import io.monozukuri.commons.csv.CsvWriter;
import io.monozukuri.commons.paging.PageRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one way a list is exported: every matching row, read chunk by chunk with the list's own query (so an export has
 * exactly the rows, order and fields of the JSON pages, {@code totalItems} of them), written as it is read — CSV
 * through {@link CsvWriter} with the type's {@link CsvColumns}, or NDJSON (each item exactly as in the JSON list, one
 * per line) — and flushed after each chunk, so that memory holds one chunk whatever the size of the list.
 *
 * <p>A service runs {@link #write} in one read-only transaction that starts with {@link #SNAPSHOT}, so that every chunk
 * reads the same snapshot: an import running meanwhile never shows half in an export. Parameters and parent ids are
 * checked before the answer starts (a 400 or 404 must not arrive as a cut stream).
 */
public final class ListExport {

    /** The media type of CSV exports. */
    public static final String CSV = "text/csv";

    /** The media type of NDJSON exports. */
    public static final String NDJSON = "application/x-ndjson";

    /** The first statement of an export's transaction: every chunk reads the same snapshot, and nothing is written. */
    public static final String SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

    /** Rows read per query; the largest page a client may ask for. */
    public static final int CHUNK = PageRequest.MAX_SIZE;

    /** The smallest page: a list read with it runs the list's checks (400, 404) before an export starts. */
    public static final PageRequest PROBE = new PageRequest(0, 1);

    /** The longest an export's transaction may stay open (a slow client reads a long export slowly). */
    public static final int TIMEOUT_SECONDS = 600;

    /** The items of one chunk of the list: the list's own page query. */
    @FunctionalInterface
    public interface Chunks<T> {
        List<T> read(PageRequest chunk);
    }

    private ListExport() {}

    /**
     * Writes every item the chunks give, reading chunks of {@code chunkSize} until one is shorter. Answers how many
     * items were written. JSON is not a representation this writes: the JSON list is paged.
     */
    public static <T> long write(
            OutputStream out,
            ListFormat format,
            boolean bom,
            CsvColumns<T> columns,
            ObjectMapper json,
            int chunkSize,
            Chunks<T> chunks) {
        if (format == ListFormat.json) {
            throw new IllegalArgumentException("the JSON list is paged, not exported");
        }
        CsvWriter csv = format == ListFormat.csv ? new CsvWriter(out, bom) : null;
        Writer ndjson =
                csv == null ? new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024) : null;
        long written = 0;
        try {
            if (csv != null) {
                columns.writeHeader(csv);
            }
            for (int page = 0; ; page++) {
                List<T> items = chunks.read(new PageRequest(page, chunkSize));
                for (T item : items) {
                    if (csv != null) {
                        columns.write(csv, item);
                    } else {
                        ndjson.write(json.writeValueAsString(item));
                        ndjson.write('\n');
                    }
                }
                written += items.size();
                if (csv != null) {
                    csv.flush();
                } else {
                    ndjson.flush();
                }
                if (items.size() < chunkSize) {
                    return written;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 200 answer of an export: the streamed body with its media type (UTF-8) and an attachment file name
     * {@code name.csv} or {@code name.ndjson}.
     */
    public static Response response(ListFormat format, String name, StreamingOutput body) {
        return Response.ok(body, format.mediaType + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.name() + "\"")
                .build();
    }
}
