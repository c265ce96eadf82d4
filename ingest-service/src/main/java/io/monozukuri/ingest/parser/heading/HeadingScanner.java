package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.award.AwardCells;
import io.monozukuri.ingest.parser.text.JunctionIndex;
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

    /** Longest unmarked subsection heading read (characters, number and clauses included). */
    static final int MAX_SUBSECTION = 72;

    private final SourceLines src;
    private final List<Piece> ps;
    private final JunctionIndex index;
    private final HeadingExtent extent;
    private final ReadingText out = new ReadingText();
    private final Sentences sentences;
    /** The last thing read was a heading: an unmarked subsection heading may start at the next piece. */
    private boolean afterHeading = true;
    /** Number of the last subsection heading read: the next one continues the numbering. */
    private int lastSubsection;

    private HeadingScanner(SourceLines src, Pieces pieces) {
        this.src = src;
        this.ps = new ArrayList<>(pieces.list);
        this.index = JunctionIndex.of(ps);
        this.extent = new HeadingExtent(ps, index, this::startsSubsection);
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
            int next;
            if (ch != null && c.substring(ch[1]).isBlank()) {
                next = chapter(i, ch[0]);
            } else if (se != null && Pieces.validSection(c, se[1])) {
                next = heading(Kind.SECTION, se[0], i, se[1]);
            } else if (it != null) {
                next = heading(Kind.ITEM, it[0], i, it[1]);
            } else if (HeadingMarks.circled(c.charAt(0)) > 0 && !afterComma(i)) {
                next = heading(Kind.SUBITEM, HeadingMarks.circled(c.charAt(0)), i, 1);
            } else {
                splitBeforeSubsection(i);
                next = subsections(i);
                if (next == i) {
                    sentences.add(ps.get(i));
                    afterHeading = false;
                    next = i + 1;
                }
            }
            i = next;
        }
        sentences.flush();
    }

    /** The text before this sub-item mark ends with a comma: a sentence wrapped before {@code ②…}. */
    private boolean afterComma(int i) {
        return i > 0 && ps.get(i - 1).text().endsWith("、");
    }

    private int emit(Kind kind, int num, String text, int first, int last) {
        return emit(kind, num, text, first, last, 0);
    }

    /** A heading over pieces first..last; its source starts at the line of its title ({@code titleAt} of first). */
    private int emit(Kind kind, int num, String text, int first, int last, int titleAt) {
        sentences.flush();
        Piece a = ps.get(first);
        Piece b = ps.get(last);
        int at = titleAt;
        while (at < a.text().length() - 1 && a.text().charAt(at) == ' ') {
            at++;
        }
        int line = at >= a.text().length() && last > first
                ? ps.get(first + 1).line() // the mark alone ends its line: the title starts on the next
                : a.lineAt(Math.min(at, Math.max(0, a.text().length() - 1)));
        out.blankLine(line);
        afterHeading = true;
        return out.addLine(text, line, Math.max(line, b.lastLine()), sentences.pageHint(a), sentences.paragraphHint(a));
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
            end = out.addLine(title, t.line(), t.lastLine(), sentences.pageHint(t), false);
            k++;
        }
        out.tokens.add(
                new ReadingText.Token(Kind.CHAPTER, num, title == null ? null : TextNorm.title(title), markLine, end));
        return k;
    }

    /** A marked heading (section, item, sub-item) whose title starts at restStart of piece i. */
    private int heading(Kind kind, int num, int i, int restStart) {
        String mark = ps.get(i).text().substring(0, restStart);
        HeadingExtent.End end = extent.end(i, restStart);
        if (end.uncertain()) {
            warnUncertain(i);
        }
        String title = take(i, restStart, end);
        int idx = emit(kind, num, mark + title, i, end.piece(), restStart);
        String tokenText = kind == Kind.SECTION ? TextNorm.title(title) : title;
        out.tokens.add(new ReadingText.Token(kind, num, tokenText, idx, idx));
        return end.piece() + 1;
    }

    private void warnUncertain(int i) {
        out.warnings.add(new String[] {
            String.valueOf(ps.get(i).line()),
            "HEADING_END_UNCERTAIN",
            "heading and text printed without a line end between them: the title was ended after its last title word"
        });
    }

    /** The heading's text over pieces i..end, the last one cut at the end (its rest becomes a piece of its own). */
    private String take(int i, int restStart, HeadingExtent.End end) {
        StringBuilder t = new StringBuilder();
        for (int k = i; k <= end.piece(); k++) {
            String s = ps.get(k).text();
            if (k == end.piece() && end.cut() >= 0) {
                Piece p = ps.get(k);
                piecesChanged();
                ps.set(k, p.head(end.cut()));
                Piece tail = p.tail(end.cut());
                if (tail != null) {
                    ps.add(k + 1, tail);
                }
                s = s.substring(0, end.cut());
            }
            t.append(k == i ? s.substring(Math.min(restStart, s.length())) : s);
        }
        return t.toString();
    }

    /**
     * An unmarked subsection heading (or several) can start at piece i of the reading: what was read before it is
     * complete (a heading, a sentence) or meets it in characters the document prints nowhere else (a column cut
     * mid-sentence: {@code …余儀なくされる労働} / {@code 大学等の研究成果の…}); never after a comma.
     */
    private boolean startAllowed(int i) {
        if (i == 0) {
            return true;
        }
        String prev = ps.get(i - 1).text();
        if (prev.endsWith("、")) {
            return false;
        }
        return afterHeading
                || sentences.atSentenceStart()
                || !insideWord(prev, ps.get(i).text());
    }

    /** The end of one text and the start of the next meet inside a word the document prints elsewhere. */
    private boolean insideWord(String prev, String cur) {
        String a = (prev.length() > 8 ? prev.substring(prev.length() - 8) : prev).replace(" ", "");
        String b = (cur.length() > 8 ? cur.substring(0, 8) : cur).replace(" ", "");
        return index.insideWord(a + b, a.length());
    }

    /** A subsection heading (or several) starts at piece i, after the text of a heading (its window). */
    private boolean startsSubsection(int i) {
        if (i >= ps.size() || ps.get(i - 1).text().endsWith("、")) {
            return false;
        }
        return SubsectionHeadings.numberFirst(ps.get(i).text()) != null || numberLastAt(i) != null;
    }

    /**
     * Pieces known to start no number-last subsection heading (for the numbering expected now): a piece is asked
     * from a heading's window and again by the scan. Forgotten when the pieces change.
     */
    private final java.util.Set<Piece> noNumberLast =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private int cacheExpected = -1;

    /** Number-last subsection headings over pieces i.. (their title wrapped over lines), or null. */
    private Found numberLastAt(int i) {
        if (cacheExpected != lastSubsection) {
            noNumberLast.clear();
            cacheExpected = lastSubsection;
        }
        Piece key = ps.get(i);
        if (noNumberLast.contains(key)) {
            return null;
        }
        Found f = computeNumberLastAt(i);
        if (f == null) {
            noNumberLast.add(key);
        }
        return f;
    }

    /** The pieces changed (a piece was cut): what was learnt about them is forgotten. */
    private void piecesChanged() {
        noNumberLast.clear();
    }

    private Found computeNumberLastAt(int i) {
        boolean any = false; // most pieces are followed by no line ending with a number: no join to build
        int len = 0;
        for (int k = i; k < ps.size() && len <= MAX_SUBSECTION && !any; k++) {
            String s = ps.get(k).text();
            any = SubsectionHeadings.mayHoldHeadingNumber(s, lastSubsection + 1);
            len += s.length();
        }
        if (!any) {
            return null;
        }
        // a title holds no sentence end and no comma outside brackets: it cannot run past the first one
        String first = ps.get(i).text();
        int stop = TitleText.commaOrSentenceEnd(first);
        if (stop >= 0 && !SubsectionHeadings.mayHoldHeadingNumber(first.substring(0, stop), lastSubsection + 1)) {
            return null;
        }
        StringBuilder join = new StringBuilder();
        for (int k = i; k < ps.size(); k++) {
            String s = ps.get(k).text();
            if (k > i && (HeadingMarks.opensHeading(s) || !continuesTitle(ps.get(k - 1), s))) {
                return null; // a heading, or two texts meeting here: a title does not start before it
            }
            if (!SubsectionHeadings.mayEndWithNumber(s)) {
                int cut = SubsectionHeadings.numberInside(join.toString(), s, lastSubsection + 1);
                if (cut > 0) {
                    List<SubsectionHeadings.Sub> subs =
                            SubsectionHeadings.numberLast(SubsectionHeadings.stripSideTab(join + s.substring(0, cut)));
                    return new Found(subs, k, cut);
                }
            }
            if (k > i && !TitleText.titleLike(s)) {
                return null;
            }
            join.append(s);
            if (join.length() > MAX_SUBSECTION || s.indexOf('。') >= 0) {
                return null;
            }
            if (SubsectionHeadings.mayEndWithNumber(s)) {
                List<SubsectionHeadings.Sub> subs =
                        SubsectionHeadings.numberLast(SubsectionHeadings.stripSideTab(join.toString()));
                if (subs != null) {
                    return new Found(subs, k, -1);
                }
            }
        }
        return null;
    }

    /**
     * Piece b goes on with the title that piece a holds: inside a word the document prints elsewhere, after a
     * particle or an attributive ending ({@code …研究開発の} / {@code 実施及び…}), or with a bracket group.
     */
    private boolean continuesTitle(Piece prev, String b) {
        String a = prev.text();
        if (a.isEmpty() || b.isEmpty() || b.charAt(0) == '（' || b.charAt(0) == '＜') {
            return true;
        }
        if (prev.hardEnd()
                && TitleWords.endsTitleWord(
                        a.replace(" ", ""), a.replace(" ", "").length())) {
            return false; // a line that ended before the width on a title word: the title ended there
        }
        return insideWord(a, b) || "のにとやへがをでもるたないび・".indexOf(a.charAt(a.length() - 1)) >= 0;
    }

    /** Subsection headings over pieces up to end, the last cut after its number at cut (-1: the whole piece). */
    private record Found(List<SubsectionHeadings.Sub> subs, int end, int cut) {}

    private int subsections(int i) {
        String c = ps.get(i).text();
        SubsectionHeadings.Sub f = SubsectionHeadings.numberFirst(c);
        if (f != null && startAllowed(i)) {
            return numberFirst(i, f);
        }
        Found found = numberLastAt(i);
        if (found != null && !startAllowed(i)) {
            found = null;
        }
        if (found == null) {
            return i;
        }
        if (found.cut() > 0) {
            take(i, 0, new HeadingExtent.End(found.end(), found.cut(), TitleBoundary.Evidence.CLAUSE, false));
        }
        for (SubsectionHeadings.Sub s : found.subs()) {
            int k = i;
            int at = s.at();
            while (k < found.end() && at >= ps.get(k).text().length()) {
                at -= ps.get(k).text().length();
                k++;
            }
            int idx = emit(Kind.SUBSECTION, s.num(), s.title() + s.num(), k, found.end(), at);
            out.tokens.add(new ReadingText.Token(Kind.SUBSECTION, s.num(), s.title(), idx, idx));
            lastSubsection = s.num();
        }
        return found.end() + 1;
    }

    /**
     * A line joined with the lines it was cut from (a width of a tool) may hold, after a join, a whole number-last
     * subsection heading printed after a sentence cut mid-word by a column ({@code …推進するこ} +
     * {@code 科学技術イノベーション人材の育成・確保5}): the piece is cut at that join when the text before it ends
     * with a fragment of a word and the two texts meet there.
     */
    private void splitBeforeSubsection(int i) {
        Piece p = ps.get(i);
        int[] breaks = p.breaks();
        String t = p.text();
        for (int k = 0; k < breaks.length; k++) {
            int b = breaks[k];
            if (b <= 0 || b >= t.length()) {
                continue;
            }
            String rest = t.substring(b).trim();
            boolean heading = SubsectionHeadings.mayEndWithNumber(rest)
                    ? SubsectionHeadings.numberLast(SubsectionHeadings.stripSideTab(rest)) != null
                    : SubsectionHeadings.numberInside("", rest, lastSubsection + 1) > 0;
            String head = t.substring(0, b).trim();
            char last = head.isEmpty() ? ' ' : head.charAt(head.length() - 1);
            boolean fragment = TextNorm.isHiraganaChar(last) && "のにをはがとでへもやるたい".indexOf(last) < 0;
            // the text before the join is a sentence, not the start of a title: an object or subject particle, a
            // comma, and no bracket left open (…離職を余儀なくされる労働 / 大学等の研究成果の利用の促進2)
            boolean sentence = (head.indexOf('を') >= 0 || head.indexOf('が') >= 0 || TitleText.commaOutside(head))
                    && !TitleText.unbalanced(head)
                    && head.indexOf('「') <= head.lastIndexOf('」');
            boolean numberFirst = SubsectionHeadings.numberFirst(rest) != null
                    && !head.isEmpty()
                    && !Character.isDigit(last)
                    && ",.，．、".indexOf(last) < 0;
            boolean closed = !TitleText.unbalanced(head) && head.lastIndexOf('「') <= head.lastIndexOf('」');
            if ((heading && (fragment || sentence) && closed || numberFirst) && !insideWord(head, rest)) {
                piecesChanged();
                ps.set(i, p.head(b));
                Piece tail = p.tail(b);
                if (tail != null) {
                    ps.add(i + 1, tail);
                }
                return;
            }
        }
    }

    /** {@code N title}: the title ends where {@link HeadingExtent} says; a heading, a clause or a sentence follows. */
    private int numberFirst(int i, SubsectionHeadings.Sub f) {
        String c = ps.get(i).text();
        int restStart = c.indexOf(' ') + 1;
        while (restStart < c.length() && c.charAt(restStart) == ' ') {
            restStart++;
        }
        HeadingExtent.End end = extent.end(i, restStart);
        StringBuilder t = new StringBuilder();
        for (int k = i; k <= end.piece(); k++) {
            String s = ps.get(k).text();
            if (k == end.piece() && end.cut() >= 0) {
                s = s.substring(0, end.cut());
            }
            t.append(k == i ? s.substring(restStart) : s);
        }
        String title = t.toString();
        int next = end.piece() + 1;
        boolean headed = end.cut() >= 0
                || next >= ps.size()
                || HeadingMarks.opensHeading(ps.get(next).text())
                || numberLastAt(next) != null
                || TitleText.endsWithClause(title)
                || (sentences.atSentenceStart()
                        && !ps.get(next).text().isEmpty()
                        && "をにはがのとでへもや".indexOf(ps.get(next).text().charAt(0)) < 0);
        if (!headed || !TitleText.titleLike(title) || title.length() > MAX_SUBSECTION) {
            return i;
        }
        take(i, restStart, end);
        int idx = emit(Kind.SUBSECTION, f.num(), f.num() + " " + title, i, end.piece());
        lastSubsection = f.num();
        out.tokens.add(new ReadingText.Token(Kind.SUBSECTION, f.num(), title, idx, idx));
        return end.piece() + 1;
    }
}
