package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.text.JunctionIndex;

/**
 * Where a title ends when its body follows it without a heading mark in between, read from the words alone (line
 * ends are not evidence: the same report may be printed at any width or with each block on one line).
 *
 * <p>The evidence, strongest first:
 *
 * <ol>
 *   <li>{@link Evidence#CLAUSE}: the title's clauses (budget {@code （…円…）} / {@code の内数}, ministries
 *       {@code ＜…省＞}, re-listed {@code 【再掲】}) stand before the body's first sentence signal ({@code 。}, or a
 *       comma after kana): the title ends after the last of them.
 *   <li>{@link Evidence#BODY_START}: after a word that ends titles, the text opens as sentences of these reports
 *       open and titles never go on: a date or a number ({@code …について|2004年8月に}), a sentence opener
 *       ({@code 我が国}, {@code これまで}), or the title's own first words repeated ({@code 社内検定認定制度の推進|
 *       社内検定認定制度は}).
 *   <li>{@link Evidence#BRACKET}: a bracket group after a word that ends titles ({@code 資金（財政投融資）},
 *       {@code 税制等（中小企業技術基盤強化税制）}) followed by text that is not a particle: a group in a sentence is
 *       followed by its particle; only an entity prefix ({@code （株）}, {@code （独）}) opens a sentence.
 *   <li>{@link Evidence#FRAGMENT}: after a word that ends titles, a fragment of a sentence printed elsewhere (it
 *       opens with a particle and closes a quote or bracket it never opened: a column of the page).
 *   <li>{@link Evidence#WORDS}: the first word that ends titles ({@link #TitleWords.TITLE_ENDS}, a closing bracket) where the
 *       two texts meet in characters the document prints nowhere else ({@link JunctionIndex}): not a compound
 *       word split in two ({@code 研究開発|税制} is printed elsewhere, {@code 振興|日本} is not).
 *   <li>{@link Evidence#GUESS}: the first word that ends titles (reported as {@code HEADING_END_UNCERTAIN}).
 * </ol>
 *
 * <p>A boundary is never placed inside brackets, inside a number, a Latin word or a katakana word, before a
 * particle or a suffix ({@code 等}, {@code ・}), after a particle other than {@code について}, or before a one-kanji
 * word.
 */
public final class TitleBoundary {

    /** How the end of a title was found. */
    public enum Evidence {
        CLAUSE,
        BODY_START,
        BRACKET,
        FRAGMENT,
        /**
         * A number-last subsection heading starts here (a stack printed after the title without a line end): the
         * rest up to its number is a subsection heading, and the two texts meet here (not inside a word the
         * document prints elsewhere, or where a line cut by the width was joined).
         */
        SUBSECTION,
        /** A line end that came before the width (a short line), where the title can end: a layout hint. */
        LINE_END,
        WORDS,
        GUESS,
        /** No boundary: the window holds no body sentence, or no word in it can end a title. */
        NONE
    }

    /** The end of the title as an offset of the window (-1 with NONE) and how it was found. */
    public record Split(int end, Evidence evidence) {

        /** The end was read from the words alone. */
        public boolean uncertain() {
            return evidence == Evidence.GUESS || evidence == Evidence.NONE;
        }
    }

    private static final String ERAS = "令和平成昭和";

    private TitleBoundary() {}

    /**
     * The end of the title that opens {@code window} (folded text, body after it); see the class comment. The
     * heading's mark ({@code （2）}, {@code ②}) is the context in which the document's other prints of the same
     * words are looked up (the same heading printed again is not another context).
     */
    public static Split find(String mark, String window, JunctionIndex index) {
        return find(mark, window, new int[0], new int[0], index);
    }

    /**
     * The same, with the offsets of the window where a printed line ended before the width ({@code lineEnds}): a
     * hint that decides only where the words do not (see {@link Evidence#LINE_END}).
     */
    public static Split find(String mark, String window, int[] lineEnds, JunctionIndex index) {
        return find(mark, window, lineEnds, new int[0], index);
    }

    /**
     * The same, also with the offsets where a line cut by the width was joined with the next ({@code softBreaks}):
     * the only place where a subsection heading glued to the title may start when the words cannot tell.
     */
    public static Split find(String mark, String window, int[] lineEnds, int[] softBreaks, JunctionIndex index) {
        StringBuilder b = new StringBuilder(mark.length() + window.length());
        for (int i = 0; i < mark.length(); i++) {
            if (mark.charAt(i) != ' ') {
                b.append(mark.charAt(i));
            }
        }
        int from = b.length();
        int n = window.length();
        int[] raw = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (window.charAt(i) != ' ') {
                raw[b.length() - from] = i;
                b.append(window.charAt(i));
            }
        }
        raw[b.length() - from] = n;
        byte[] hint = new byte[b.length() - from + 1];
        mark(hint, raw, softBreaks, SOFT);
        mark(hint, raw, lineEnds, HARD);
        Split sp = findSqueezed(b.toString(), from, hint, index);
        return sp.end < 0 ? sp : new Split(rawEnd(window, raw[sp.end - from]), sp.evidence);
    }

    /** The same without a mark (tests). */
    public static Split find(String window, JunctionIndex index) {
        return find("", window, new int[0], new int[0], index);
    }

    private static final byte SOFT = 1;
    private static final byte HARD = 2;

    /** The hints at the squeezed offsets of the raw offsets given. */
    private static void mark(byte[] hint, int[] raw, int[] offsets, byte kind) {
        for (int e : offsets) {
            int k = 0;
            while (k < hint.length - 1 && raw[k] < e) {
                k++;
            }
            hint[k] = kind;
        }
    }

    /** The raw offset: the boundary goes before the spaces in front of the body. */
    private static int rawEnd(String w, int at) {
        int e = at;
        while (e > 0 && w.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    static Split findSqueezed(String full, int from, byte[] hint, JunctionIndex index) {
        String s = full.substring(from);
        Split sp = decide(s, full, from, hint, index);
        return sp.end < 0 ? sp : new Split(sp.end + from, sp.evidence);
    }

    private static Split decide(String s, String full, int from, byte[] hint, JunctionIndex index) {
        int signal = TitleClauses.bodySignal(s);
        int limit = signal < 0 ? s.length() : signal;
        int clause = TitleClauses.clauseChainEnd(s, limit);
        int[] cands = candidates(s, limit);
        int[] sub = subsectionStart(s, cands, hint, full, from, index);
        if (sub != null && (clause <= 0 || (sub[0] < clause && sub[1] > clause))) {
            return new Split(sub[0], Evidence.SUBSECTION); // the clauses, if any, are the subsection's own
        }
        if (clause > 0) {
            return new Split(clause, Evidence.CLAUSE);
        }
        for (int p : cands) {
            if (p < 0) {
                break;
            }
            Evidence e = strong(s, p, limit);
            if (e != null) {
                return new Split(p, e);
            }
        }
        for (int p : cands) {
            if (p < 0) {
                break;
            }
            if (p < hint.length && hint[p] == HARD) {
                return new Split(p, Evidence.LINE_END);
            }
        }
        if (signal < 0) {
            return new Split(-1, Evidence.NONE);
        }
        for (int p : cands) {
            if (p < 0) {
                break;
            }
            if (TitleWords.endsTitleWord(s, p)
                    && !TitleWords.particle(s.charAt(p))
                    && index.elsewhere(full, p + from) == 0) {
                return new Split(p, Evidence.WORDS);
            }
        }
        // no word can end the title before the sentence: after its bracket group that the sentence's words
        // follow (a verb, not a particle linking the group to more title: （…）できる, not （SPring-8）の整備)
        int d = 0;
        int lastGroup = -1;
        for (int k = 0; k < signal && lastGroup < 0; k++) {
            char c = s.charAt(k);
            if (c == '（' || c == '＜' || c == '【' || c == '「') {
                d++;
            } else if ((c == '）' || c == '＞' || c == '】' || c == '」') && d > 0 && --d == 0 && k >= 2) {
                if (TitleWords.hira(s, k + 1) && "のにとやへを".indexOf(s.charAt(k + 1)) < 0) {
                    lastGroup = k + 1;
                }
            }
        }
        if (lastGroup > 0) {
            return new Split(lastGroup, Evidence.GUESS);
        }
        for (int p : cands) {
            if (p < 0) {
                break;
            }
            if (TitleWords.endsTitleWord(s, p) && !TitleWords.particle(s.charAt(p))) {
                return new Split(p, Evidence.GUESS);
            }
        }
        return new Split(-1, Evidence.NONE);
    }

    /**
     * The first candidate where a number-last subsection heading starts (see {@link Evidence#SUBSECTION}) and where
     * its number ends; null when none.
     */
    private static int[] subsectionStart(
            String s, int[] cands, byte[] hint, String full, int from, JunctionIndex index) {
        int firstNumber = -1;
        for (int q = 1; q <= s.length() && firstNumber < 0; q++) {
            if (headingNumberEndsAt(s, q)) {
                firstNumber = q;
            }
        }
        if (firstNumber < 0) {
            return null;
        }
        for (int p : cands) {
            if (p < 0 || p >= firstNumber - 3) {
                break;
            }
            for (int q = firstNumber; q <= s.length() && q - p <= 72; q++) {
                if (!headingNumberEndsAt(s, q) || SubsectionHeadings.numberLast(s.substring(p, q)) == null) {
                    continue;
                }
                boolean inside = TitleWords.particle(s.charAt(p)) ? false : index.insideWord(full, p + from);
                boolean word = TitleWords.endsTitleWord(s, p);
                boolean soft = p < hint.length && hint[p] == SOFT;
                // a width join between two words, not inside one the document prints elsewhere twice or more
                boolean meet = (p < hint.length && hint[p] == HARD)
                        || (soft && (word || index.elsewhere(full, p + from) < 2))
                        || (word && !inside);
                if (meet) {
                    return new int[] {p, q};
                }
                break;
            }
        }
        return null;
    }

    /** A subsection's number (1 or 2 digits after a title character) ends at q: not a date, amount or count. */
    private static boolean headingNumberEndsAt(String s, int q) {
        if (q > s.length() || q < 2 || !Character.isDigit(s.charAt(q - 1))) {
            return false;
        }
        int p = q - 1;
        while (p > 0 && Character.isDigit(s.charAt(p - 1))) {
            p--;
        }
        if (q - p > 2 || p == 0) {
            return false;
        }
        char before = s.charAt(p - 1);
        if (!(TextNorm.isKanjiOrKanaChar(before) || before == '）' || before == '＞' || before == '」')) {
            return false;
        }
        if (q == s.length()) {
            return true;
        }
        char after = s.charAt(q);
        return !TitleWords.ascii(after)
                && ",.，．".indexOf(after) < 0
                && SubsectionHeadings.UNITS.indexOf(after) < 0
                && SubsectionHeadings.COUNTERS.indexOf(after) < 0;
    }

    /** Offsets where the title may end, in order, -1 after the last. */
    static int[] candidates(String s, int limit) {
        int[] out = new int[Math.max(1, limit + 1)];
        int k = 0;
        int d = 0;
        for (int p = 1; p < limit; p++) {
            char c = s.charAt(p - 1);
            if (c == '（' || c == '「' || c == '＜' || c == '【') {
                d++;
            } else if ((c == '）' || c == '」' || c == '＞' || c == '】') && d > 0) {
                d--;
            }
            if (d > 0 || p < 2 || !boundaryAllowed(s, p)) {
                continue;
            }
            out[k++] = p;
        }
        out[k] = -1;
        return out;
    }

    private static boolean boundaryAllowed(String s, int p) {
        char c = s.charAt(p - 1);
        char n = s.charAt(p);
        if ((TitleWords.kata(c) && TitleWords.kata(n)) || (TitleWords.ascii(c) && TitleWords.ascii(n))) {
            return false; // inside a word
        }
        if ("等・）」＞】、。".indexOf(n) >= 0 || "・（「＜【、".indexOf(c) >= 0) {
            return false;
        }
        if (TitleWords.hira(c) && !TitleWords.endsWith(s, p, "について") && !TitleWords.endsWith(s, p, "づくり")) {
            return false; // a title ends with a noun
        }
        boolean opener = (TitleWords.hira(n) || TitleWords.kanji(n)) && TitleWords.opensSentence(s, p);
        if (TitleWords.hira(n) && !opener && !TitleWords.fragmentAt(s, p) && !TitleWords.repeatsHead(s, p)) {
            return false; // a body does not open with a particle
        }
        if (!opener
                && TitleWords.kanji(n)
                && (p + 1 >= s.length() || !(TitleWords.kanji(s.charAt(p + 1)) || TitleWords.kata(s.charAt(p + 1))))) {
            return false; // a one-kanji word is a suffix of the title (…の推進|事業場 vs …推進事業|場)
        }
        if (Character.isDigit(c) && "年月日度".indexOf(n) >= 0) {
            return false;
        }
        if (Character.isDigit(n) && p >= 2 && Character.isDigit(s.charAt(p - 2)) && "年月".indexOf(c) >= 0) {
            return false; // inside a date
        }
        if (c == '）' && TitleWords.entityAt(s, s.lastIndexOf('（', p - 1))) {
            return false; // （株）日本政策金融公庫: the prefix belongs to the name after it
        }
        return n != '（' || TitleWords.entityAt(s, p);
    }

    /** The strongest evidence that the body starts at p, or null. */
    private static Evidence strong(String s, int p, int limit) {
        if (s.charAt(p - 1) == '）' && !TitleWords.hira(s.charAt(p))) {
            int open = s.lastIndexOf('（', p - 1);
            if (open > 0 && !TitleWords.entityAt(s, open) && TitleWords.endsTitleWord(s, open)) {
                return Evidence.BRACKET;
            }
        }
        if (!TitleWords.endsTitleWord(s, p)) {
            return null;
        }
        if (TitleWords.fragmentAt(s, p)) {
            return Evidence.FRAGMENT;
        }
        char n = s.charAt(p);
        boolean era = p + 2 < s.length()
                && ERAS.contains(s.substring(p, p + 2))
                && (Character.isDigit(s.charAt(p + 2)) || s.charAt(p + 2) == '元');
        int digits = p;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        boolean headingNumber = digits > p && digits - p <= 2 && digits == s.length(); // a subsection's number
        if ((Character.isDigit(n) || era) && !Character.isDigit(s.charAt(p - 1)) && !headingNumber) {
            return Evidence.BODY_START;
        }
        if (TitleWords.opensSentence(s, p) || TitleWords.entityAt(s, p)) {
            return Evidence.BODY_START;
        }
        if (TitleWords.repeatsHead(s, p)) {
            return Evidence.BODY_START;
        }
        return null;
    }
}
