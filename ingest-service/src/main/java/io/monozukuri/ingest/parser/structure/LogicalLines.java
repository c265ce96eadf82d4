package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.SourceRef;
import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.heading.HeadingMarks;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.SourceLines;

/**
 * The logical lines the structure stages read ({@link ReadingText}: one per heading and per sentence, an empty one
 * before each), with the source lines each was read from and its layout hints (page start, printed paragraph
 * start). Built once per parse; read only.
 */
public final class LogicalLines {

    final String[] text;
    final boolean[] pageStart;
    final boolean[] paragraph;
    final int[] first;
    final int[] last;
    final int count;
    private final SourceLines src;
    private final String[] squeezed;

    private LogicalLines(ReadingText reading, SourceLines src) {
        this.src = src;
        this.count = reading.size();
        this.text = reading.text.toArray(new String[0]);
        this.pageStart = new boolean[count];
        this.paragraph = new boolean[count];
        this.first = new int[count];
        this.last = new int[count];
        this.squeezed = new String[count];
        for (int i = 0; i < count; i++) {
            pageStart[i] = reading.pageStart.get(i);
            paragraph[i] = reading.paragraph.get(i);
            first[i] = reading.source.get(i)[0];
            last[i] = reading.source.get(i)[1];
        }
    }

    /** The logical lines of a scanned text. */
    public static LogicalLines of(ReadingText reading, SourceLines src) {
        return new LogicalLines(reading, src);
    }

    public int count() {
        return count;
    }

    /** The text of logical line i (folded). */
    public String text(int i) {
        return text[i];
    }

    /** The logical line without its spaces ({@link TextNorm#squeeze}), computed once per line. */
    public String squeezed(int i) {
        String v = squeezed[i];
        if (v == null) {
            v = TextNorm.squeeze(text[i]);
            squeezed[i] = v;
        }
        return v;
    }

    public boolean blank(int i) {
        return text[i].isEmpty();
    }

    /** The logical line opens a page (a hint). */
    public boolean pageStart(int i) {
        return pageStart[i];
    }

    /** Opens with a heading mark. */
    public boolean structural(int i) {
        String c = text[i];
        return HeadingMarks.chapterNum(c) > 0
                || HeadingMarks.section(c) != null
                || HeadingMarks.item(c) != null
                || (!c.isEmpty() && HeadingMarks.circled(c.charAt(0)) > 0);
    }

    /** The next non-empty logical line after i, or -1 when more than maxBlank empty lines come first. */
    public int nextContent(int i, int maxBlank) {
        int k = i + 1;
        int blanks = 0;
        while (k < count && blank(k)) {
            if (++blanks > maxBlank) {
                return -1;
            }
            k++;
        }
        return k < count ? k : -1;
    }

    /** 0-based source line of a logical line (its first source line); -1 for none. */
    public int sourceLine(int line) {
        if (line < 0 || count == 0) {
            return -1;
        }
        return first[Math.min(line, count - 1)];
    }

    /** The 1-based source line of logical line i for a warning (0 when none). */
    public int warningLine(int line) {
        return line < 0 ? 0 : sourceLine(line) + 1;
    }

    /** The source reference of logical lines start..end (1-based lines, page of the first). */
    public SourceRef sourceRef(int start, int end) {
        int a = sourceLine(start);
        int b = end < 0 || count == 0 ? a : last[Math.min(end, count - 1)];
        return new SourceRef(a + 1, Math.max(a, b) + 1, src.pageOf(a));
    }

    /**
     * A printed paragraph break between two logical lines of a node's text (layout hints: the line opens a printed
     * paragraph, an empty line, a gap in the source lines): shapes the paragraphs of descriptions only.
     */
    public boolean paragraphBreak(int prevLine, int line) {
        String p = text[prevLine];
        if (p.isEmpty() || p.charAt(p.length() - 1) != '。') {
            return false;
        }
        if (paragraph[line]) {
            return true;
        }
        for (int k = prevLine + 1; k < line; k++) {
            if (!text[k].isEmpty()) {
                return true;
            }
        }
        return first[line] > last[prevLine] + 1;
    }

    /** A new sentence starts at line (the one before ended with 。): where the structure rules may cut a text. */
    static boolean sentenceBreak(LogicalLines l, int prevLine, int line) {
        String p = l.text[prevLine];
        return line != prevLine && !p.isEmpty() && p.charAt(p.length() - 1) == '。';
    }
}
