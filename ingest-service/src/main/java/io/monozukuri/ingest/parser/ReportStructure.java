package io.monozukuri.ingest.parser;

import io.monozukuri.ingest.parser.heading.HeadingMarks;
import io.monozukuri.ingest.parser.text.Pieces;
import io.monozukuri.ingest.parser.text.SourceLines;

/**
 * What a text holds of a report's structure, found cheaply (the first two stages of the parse: lines and pieces, a
 * heading mark inside a line cut as the parser cuts it, so that any layout is read the same): chapter headings
 * ({@code 第 N 章}), section headings ({@code 第N節 title}) and numbered headings of measures ({@code （N）title},
 * {@code ①title}). Used to refuse an upload with no report in it before any job is created.
 */
public record ReportStructure(int chapters, int sections, int numberedHeadings) {

    /** At least one chapter or section heading and at least one numbered heading. */
    public boolean looksLikeReport() {
        return chapters + sections > 0 && numberedHeadings > 0;
    }

    /** What was found, in words (for the answer to an upload that holds no report). */
    public String describe() {
        return chapters + " chapter heading(s) (第N章), " + sections + " section heading(s) (第N節) and " + numberedHeadings
                + " numbered heading(s) ((1), ①)";
    }

    /** The structure of a text already normalised by {@link ReportParser#normalize}. */
    static ReportStructure of(String norm) {
        Pieces pieces = Pieces.of(SourceLines.of(norm));
        int chapters = 0;
        int sections = 0;
        int numbered = 0;
        for (Pieces.Piece p : pieces.list) {
            String c = p.text();
            int[] ch = HeadingMarks.chapterAt(c, 0);
            if (ch != null && c.substring(ch[1]).isBlank()) {
                chapters++;
            } else if (HeadingMarks.section(c) != null && Pieces.validSection(c, HeadingMarks.section(c)[1])) {
                sections++;
            } else if (numbered(c)) {
                numbered++;
            }
        }
        return new ReportStructure(chapters, sections, numbered);
    }

    /** A numbered heading: its mark followed by a title (a kanji, katakana or a bracket, not a bare number). */
    private static boolean numbered(String c) {
        int[] it = HeadingMarks.item(c);
        int rest;
        if (it != null) {
            rest = it[1];
        } else if (!c.isEmpty() && HeadingMarks.circled(c.charAt(0)) > 0) {
            rest = HeadingMarks.skipSpaces(c, 1);
        } else {
            return false;
        }
        if (rest >= c.length()) {
            return false;
        }
        char t = c.charAt(rest);
        return TextNorm.isKanjiOrKanaChar(t) || t == '（' || t == '「' || Character.isLetter(t);
    }
}
