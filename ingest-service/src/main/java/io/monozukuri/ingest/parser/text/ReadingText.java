package io.monozukuri.ingest.parser.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as the structure stages read it, whatever its layout: one logical line per heading and per sentence,
 * each preceded by an empty logical line, and the headings found in it as tokens. Each logical line knows the
 * source lines it was read from (for {@code source} and warnings) and keeps the layout hints of its first source
 * line (page start, printed paragraph start) for the reading-flow rules and the paragraph breaks of descriptions.
 */
public final class ReadingText {

    /** What a token is. */
    public enum Kind {
        CHAPTER,
        SECTION,
        SUBSECTION,
        ITEM,
        SUBITEM,
        TEXT
    }

    /** A heading (or a run of text) over logical lines start..end. */
    public record Token(Kind kind, int num, String text, int start, int end) {}

    public final List<String> text = new ArrayList<>();
    public final List<int[]> source = new ArrayList<>(); // {first, last} 0-based source lines
    public final List<Boolean> pageStart = new ArrayList<>();
    public final List<Boolean> paragraph = new ArrayList<>();
    public final List<Token> tokens = new ArrayList<>();
    /** Warnings of the heading stage: {source line (0-based), code, message}. */
    public final List<String[]> warnings = new ArrayList<>();

    /** Adds a logical line; returns its index. */
    public int addLine(String t, int first, int last, boolean page, boolean para) {
        text.add(t);
        source.add(new int[] {first, last});
        pageStart.add(page);
        paragraph.add(para);
        return text.size() - 1;
    }

    public int blankLine(int line) {
        return addLine("", line, line, false, false);
    }

    public int size() {
        return text.size();
    }
}
