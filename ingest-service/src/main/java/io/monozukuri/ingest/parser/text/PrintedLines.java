package io.monozukuri.ingest.parser.text;

import io.monozukuri.ingest.parser.text.Pieces.Piece;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stage 2a: the printed lines of a text — its source lines without layout noise; when the text was cut by a fixed
 * number of characters (lines re-wrapped by a tool: {@link #wrapWidth}), a line of that length is joined with the
 * lines it goes on on (the offsets of the joins kept as breaks, a hint). The width of a full printed line
 * ({@link #fullWidth}) tells a line end that came before the width (a hint for the end of a heading).
 */
final class PrintedLines {

    private PrintedLines() {}

    /**
     * The printed lines: the source lines without noise, a line cut by the width of a re-wrapped text ({@link
     * #wrapWidth}) joined with the lines it goes on on (the offsets of the joins kept as breaks).
     */
    static List<Piece> logicalLines(SourceLines src, int width) {
        List<Piece> out = new ArrayList<>(src.count);
        StringBuilder logical = new StringBuilder();
        int[] breaks = new int[8];
        for (int i = 0; i < src.count; i++) {
            String c = src.clean[i];
            if (c.isEmpty() || LayoutNoise.noiseLine(src, i)) {
                continue;
            }
            logical.setLength(0);
            logical.append(c);
            int nb = 0;
            int first = i;
            while (width > 0 && i + 1 < src.count && cutByWidth(src, i, width) && joinable(src, i + 1)) {
                i++;
                if (nb == breaks.length) {
                    breaks = Arrays.copyOf(breaks, nb * 2);
                }
                if (src.pageStart[i] || src.raw[i - 1].endsWith(" ") || src.raw[i - 1].endsWith("\u3000")) {
                    logical.append(' '); // a space at the cut is the text's own (…2020 年 / 10)
                }
                breaks[nb++] = logical.length();
                logical.append(src.clean[i]);
            }
            c = logical.toString();
            if (nb == 0) {
                c = LayoutNoise.removeFurigana(c);
            }
            if (!c.isEmpty()) {
                out.add(new Piece(c, first, true, false, nb == 0 ? Pieces.NO_BREAKS : Arrays.copyOf(breaks, nb)));
            }
        }
        return out;
    }

    /**
     * The display width (ASCII 1, other characters 2) of a full printed line: the most frequent width of the
     * printed lines at least 20 wide; a line narrower than it by more than two characters ended before the width
     * (a hint for the end of a heading). For a short text, the width of its widest line.
     */
    static int fullWidth(int[] widths) {
        int[] hist = new int[1024];
        int n = 0;
        int widest = 0;
        for (int width : widths) {
            int w = Math.min(hist.length - 1, width);
            widest = Math.max(widest, w);
            if (w >= 20) {
                hist[w]++;
                n++;
            }
        }
        if (n < 20) {
            return widest;
        }
        int best = 20;
        for (int w = 20; w < hist.length - 1; w++) {
            if (hist[w] > hist[best]) {
                best = w;
            }
        }
        return best;
    }

    /** The line is as long as the width (its leading space counted or not: a cut before a space looks like a mark). */
    static boolean cutByWidth(SourceLines src, int i, int width) {
        return rawLength(src, i) == width || src.raw[i].length() == width;
    }

    static int rawLength(SourceLines src, int i) {
        String r = src.raw[i];
        return src.pageStart[i] ? r.length() - 1 : r.length();
    }

    /** The line after a line cut by the width goes on with it (even a lone {@code 第}: the rest of the cut line). */
    static boolean joinable(SourceLines src, int next) {
        return !src.clean[next].isEmpty();
    }

    /**
     * The width a text was cut at when it was cut by a fixed number of characters (lines re-wrapped by a tool): the
     * longest line length that at least 5% of the lines have, when no more than 2% of the lines are longer. 0 for
     * printed text, whose full lines vary in length with the width of their characters (and whose line ends are
     * read by content only). A line of that length goes on on the next line.
     */
    static int wrapWidth(SourceLines src) {
        int[] hist = new int[512];
        int lines = 0;
        for (int i = 0; i < src.count; i++) {
            if (!src.clean[i].isEmpty()) {
                hist[Math.min(hist.length - 1, rawLength(src, i))]++;
                lines++;
            }
        }
        if (lines < 20) {
            return 0;
        }
        int longer = 0;
        for (int l = hist.length - 1; l >= 8; l--) {
            if (hist[l] * 20 >= lines) {
                return longer * 50 <= lines ? l : 0;
            }
            longer += hist[l];
        }
        return 0;
    }
}
