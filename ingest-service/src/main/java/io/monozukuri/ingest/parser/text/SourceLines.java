package io.monozukuri.ingest.parser.text;

import io.monozukuri.ingest.parser.TextNorm;
import java.util.Arrays;

/**
 * Stage 1: the lines of the normalised text, each folded by {@link TextNorm#clean}, with the page marks. A line
 * that starts with exactly one ASCII space followed by text starts a page (the mark of the extractor that wrote
 * the text); {@code page} of a line is 1 + the number of page starts up to and including it. A final empty line
 * (a text ending with LF) and a final page mark without text are not lines. Empty lines, indents and page starts
 * are recorded as layout hints only: later stages read the content, and use these for paragraph breaks of the
 * descriptions and to break ties.
 */
public final class SourceLines {

    public final int count;
    public final String[] raw;
    public final String[] clean;
    public final boolean[] pageStart;
    public final int[] page;
    public final boolean hasPages;
    /** The line opens with an ideographic space or two spaces: a printed paragraph indent. */
    public final boolean[] indent;
    /** An empty line precedes this line. */
    public final boolean[] emptyBefore;

    private SourceLines(String[] raw) {
        this.raw = raw;
        this.count = raw.length;
        clean = new String[count];
        pageStart = new boolean[count];
        page = new int[count];
        indent = new boolean[count];
        emptyBefore = new boolean[count];
        boolean any = false;
        int pg = 1;
        boolean empty = false;
        for (int i = 0; i < count; i++) {
            String r = raw[i];
            pageStart[i] = r.length() > 1 && r.charAt(0) == ' ' && r.charAt(1) != ' ' && !r.isBlank();
            if (pageStart[i]) {
                any = true;
                pg++;
            }
            page[i] = pg;
            clean[i] = TextNorm.clean(r);
            indent[i] = r.startsWith("\u3000") || r.startsWith("  ");
            emptyBefore[i] = empty;
            empty = clean[i].isEmpty();
        }
        hasPages = any;
    }

    /** The lines of a text already normalised by {@code ReportParser.normalize} (LF line ends, no BOM). */
    public static SourceLines of(String norm) {
        String[] parts = norm.split("\n", -1);
        int n = parts.length;
        if (n > 0 && parts[n - 1].isBlank()) {
            n--;
        }
        return new SourceLines(Arrays.copyOf(parts, n));
    }

    /** Page of a 0-based line; null when the text has no page marks. */
    public Integer pageOf(int line0) {
        if (!hasPages || line0 < 0 || line0 >= count) {
            return null;
        }
        return page[line0];
    }

    public int pageCount() {
        return hasPages && count > 0 ? page[count - 1] : 1;
    }
}
