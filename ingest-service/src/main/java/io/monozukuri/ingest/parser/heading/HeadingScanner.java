package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.award.AwardCells;
import io.monozukuri.ingest.parser.text.Pieces;
import io.monozukuri.ingest.parser.text.Pieces.Piece;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.ReadingText.Kind;
import io.monozukuri.ingest.parser.text.SourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3: finds the headings in the pieces and writes the {@link ReadingText}: a heading mark opens a heading
 * ({@code 第N章} + title, {@code 第N節 title}, {@code （N）}, {@code ①}); {@link HeadingExtent} says where it ends;
 * {@link SubsectionHeadings} finds the unmarked subsection headings; all other text is cut into sentences
 * ({@link Sentences}). From the award table header on, {@link AwardCells} cuts the table into cells.
 */
public final class HeadingScanner {

    private final SourceLines src;
    private final List<Piece> ps;
    private final HeadingExtent extent;
    private final ReadingText out = new ReadingText();
    private final Sentences sentences;

    private HeadingScanner(SourceLines src, Pieces pieces) {
        this.src = src;
        this.ps = new ArrayList<>(pieces.list);
        this.extent = new HeadingExtent(ps, pieces.fullLength);
        this.sentences = new Sentences(out, src);
    }

    public static ReadingText scan(SourceLines src, Pieces pieces) {
        HeadingScanner s = new HeadingScanner(src, pieces);
        s.run();
        return s.out;
    }

    private void run() {
        int i = 0;
        while (i < ps.size()) {
            String c = ps.get(i).text();
            if (c.isEmpty()) {
                i++;
                continue;
            }
            if (AwardCells.isHeader(c)) {
                sentences.flush();
                AwardCells.emit(ps.subList(i, ps.size()), out, src);
                return;
            }
            int[] ch = HeadingMarks.chapterAt(c, 0);
            int[] se = HeadingMarks.sectionAt(c, 0);
            int[] it = HeadingMarks.itemAt(c, 0);
            if (ch != null && c.substring(ch[1]).isBlank()) {
                i = chapter(i, ch[0]);
            } else if (se != null && Pieces.validSection(c, se[1])) {
                i = section(i, se[0], c.substring(se[1]));
            } else if (it != null) {
                i = item(Kind.ITEM, it[0], i, it[1]);
            } else if (HeadingMarks.circled(c.charAt(0)) > 0 && !afterComma(i)) {
                i = item(Kind.SUBITEM, HeadingMarks.circled(c.charAt(0)), i, 1);
            } else {
                int j = subsections(i);
                if (j > i) {
                    i = j;
                } else {
                    sentences.add(ps.get(i));
                    i++;
                }
            }
        }
        sentences.flush();
    }

    /** The text before this sub-item mark ends with a comma: a sentence wrapped before {@code ②…}. */
    private boolean afterComma(int i) {
        if (i == 0) {
            return false;
        }
        String p = ps.get(i - 1).text();
        return p.endsWith("、")
                        && ps.get(i - 1).line() == ps.get(i).line() - 1
                        && !ps.get(i).lineStart()
                ? true
                : p.endsWith("、");
    }

    private int emit(Kind kind, int num, String text, int first, int last) {
        sentences.flush();
        Piece a = ps.get(first);
        Piece b = ps.get(last);
        out.blankLine(a.line());
        return out.addLine(text, a.line(), b.line(), sentences.pageHint(a), sentences.paragraphHint(a));
    }

    private int chapter(int i, int num) {
        int markLine = emit(Kind.CHAPTER, num, ps.get(i).text(), i, i);
        int k = i + 1;
        String title = null;
        int end = markLine;
        if (k < ps.size()
                && !HeadingMarks.opensHeading(ps.get(k).text())
                && !AwardCells.isHeader(ps.get(k).text())) {
            title = ps.get(k).text();
            Piece t = ps.get(k);
            out.blankLine(t.line());
            end = out.addLine(title, t.line(), t.line(), sentences.pageHint(t), false);
            k++;
        }
        out.tokens.add(new ReadingText.Token(
                Kind.CHAPTER,
                num,
                title == null ? null : io.monozukuri.ingest.parser.TextNorm.title(title),
                markLine,
                end));
        return k;
    }

    private int section(int i, int num, String title) {
        int e = extent.sectionEnd(i, this::startsSubsection);
        StringBuilder t = new StringBuilder(title);
        for (int k = i + 1; k <= e; k++) {
            t.append(ps.get(k).text());
        }
        String full = ps.get(i).text().substring(0, ps.get(i).text().length() - title.length()) + t;
        int idx = emit(Kind.SECTION, num, full, i, e);
        out.tokens.add(new ReadingText.Token(
                Kind.SECTION, num, io.monozukuri.ingest.parser.TextNorm.title(t.toString()), idx, idx));
        return e + 1;
    }

    private int item(Kind kind, int num, int i, int restStart) {
        int before = extent.uncertain.size();
        HeadingExtent.End end = extent.itemEnd(i, restStart);
        if (extent.uncertain.size() > before) {
            out.warnings.add(new String[] {
                String.valueOf(ps.get(i).line()),
                "HEADING_END_UNCERTAIN",
                "heading and text printed on one line: the title was ended after its last title word"
            });
        }
        StringBuilder t = new StringBuilder();
        for (int k = i; k <= end.piece(); k++) {
            String s = ps.get(k).text();
            if (k == end.piece() && end.cut() >= 0) {
                Piece p = ps.get(k);
                ps.set(k, new Piece(s.substring(0, end.cut()), p.line(), p.lineStart()));
                String tail = s.substring(end.cut()).trim();
                if (!tail.isEmpty()) {
                    ps.add(k + 1, new Piece(tail, p.line(), false));
                }
                s = s.substring(0, end.cut());
            }
            t.append(k == i ? s.substring(restStart) : s);
        }
        String heading = t.toString();
        int idx = emit(kind, num, ps.get(i).text().substring(0, restStart) + heading, i, end.piece());
        out.tokens.add(new ReadingText.Token(kind, num, heading, idx, idx));
        return end.piece() + 1;
    }

    /** A subsection heading (or several) starts at piece i. */
    private boolean startsSubsection(int i) {
        return i < ps.size() && subsectionAt(i) != null;
    }

    /** The subsection headings starting at piece i and the last piece they take; null when none. */
    private Found subsectionAt(int i) {
        String c = ps.get(i).text();
        SubsectionHeadings.Sub f = SubsectionHeadings.numberFirst(c);
        if (f != null) {
            int e = extent.subsectionEnd(i);
            StringBuilder t = new StringBuilder(f.title());
            for (int k = i + 1; k <= e; k++) {
                t.append(ps.get(k).text());
            }
            int next = e + 1;
            boolean headed = next >= ps.size()
                    || HeadingMarks.opensHeading(ps.get(next).text())
                    || numberLastAt(next) != null
                    || TitleText.endsWithClause(t.toString())
                    || (sentences.atSentenceStart()
                            && !ps.get(next).text().isEmpty()
                            && "をにはがのとでへもや".indexOf(ps.get(next).text().charAt(0)) < 0);
            if (headed && TitleText.titleLike(t.toString())) {
                return new Found(List.of(new SubsectionHeadings.Sub(f.num(), t.toString())), e);
            }
            return null;
        }
        return numberLastAt(i);
    }

    private Found numberLastAt(int i) {
        boolean any = false; // most pieces are followed by no line ending with a number: no join to build
        for (int k = i; k < ps.size() && k < i + 4 && !any; k++) {
            any = SubsectionHeadings.mayEndWithNumber(ps.get(k).text());
        }
        if (!any) {
            return null;
        }
        StringBuilder join = new StringBuilder();
        for (int k = i; k < ps.size() && k < i + 4; k++) {
            String s = ps.get(k).text();
            if (k > i && !extent.continuesTitle(k - 1, k)) {
                return null;
            }
            if (k > i && !TitleText.titlePart(ps.get(k - 1).text(), extent.cutByWidth(k - 1))) {
                return null;
            }
            if (k > i && HeadingMarks.opensHeading(s)) {
                return null;
            }
            join.append(s);
            if (join.length() > 120 || s.indexOf('。') >= 0) {
                return null;
            }
            if (SubsectionHeadings.mayEndWithNumber(s)) {
                List<SubsectionHeadings.Sub> subs =
                        SubsectionHeadings.numberLast(SubsectionHeadings.stripSideTab(join.toString()));
                if (subs != null) {
                    return new Found(subs, k);
                }
            }
        }
        return null;
    }

    private record Found(List<SubsectionHeadings.Sub> subs, int end) {}

    private int subsections(int i) {
        Found f = subsectionAt(i);
        if (f == null) {
            return i;
        }
        for (SubsectionHeadings.Sub s : f.subs()) {
            int idx = emit(Kind.SUBSECTION, s.num(), s.title() + s.num(), i, f.end());
            out.tokens.add(new ReadingText.Token(Kind.SUBSECTION, s.num(), s.title(), idx, idx));
        }
        return f.end() + 1;
    }
}
