package io.monozukuri.commons.csv;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Streams RFC 4180 CSV: UTF-8, CRLF line ends, a cell quoted when it holds a comma, a quote, CR or LF (quotes doubled),
 * a null cell written empty. With {@code bom} the stream starts with a UTF-8 byte order mark, which Excel needs to read
 * UTF-8 Japanese. Rows are buffered and written as they come; call {@link #flush()} between chunks.
 */
public final class CsvWriter implements Flushable {

    /** The media type of CSV answers, with its charset. */
    public static final String MEDIA_TYPE = "text/csv";

    private final Writer out;

    public CsvWriter(OutputStream stream, boolean bom) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        if (bom) {
            write("\uFEFF");
        }
    }

    /** One row; each cell is written with {@code toString()}, null as an empty cell. */
    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                write(",");
            }
            Object cell = cells.get(i);
            write(cell == null ? "" : quote(cell.toString()));
        }
        write("\r\n");
        return this;
    }

    public CsvWriter row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + cell.replace("\"", "\"\"") + '"';
            }
        }
        return cell;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
