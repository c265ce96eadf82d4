package io.monozukuri.ingest.parser.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Stage 0 of the PDF route: the text of a report PDF in the layout the text parser reads. Glyphs are grouped
 * into printed lines by baseline; a page with a vertical gutter free of glyphs is read as two columns (left
 * column top to bottom, then the right one); glyphs of a line are joined in x order with only the spaces the
 * PDF prints (a space is added between two Latin letters or digits set apart by a gap, never between Japanese
 * characters); an empty line is written for each empty line slot (a vertical gap of one line pitch); the first
 * line of every page after the first opens with one ASCII space, the page mark of the text format.
 */
public final class PdfTextExtractor {

    /** One glyph with its position (y grows downwards). */
    record Glyph(String text, float x, float y, float width, float size) {}

    /** A printed line: its glyphs in x order and its baseline. */
    record Line(float y, float size, String text) {}

    private PdfTextExtractor() {}

    /** The report text of the document. */
    public static String extract(PDDocument document) throws IOException {
        List<List<List<Line>>> pages = new ArrayList<>(); // page → columns → lines
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            pages.add(columns(glyphs(document, p)));
        }
        float pitch = pitch(pages);
        float top = Float.MAX_VALUE;
        for (List<List<Line>> cols : pages) {
            for (List<Line> col : cols) {
                if (!col.isEmpty()) {
                    top = Math.min(top, col.get(0).y());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        boolean firstLine = true;
        for (int p = 0; p < pages.size(); p++) {
            boolean pageMark = p > 0;
            for (List<Line> col : pages.get(p)) {
                float prevY = top - pitch; // a column whose first line sits lower than the top starts with empty slots
                for (Line l : col) {
                    int empty = pitch <= 0 ? 0 : Math.max(0, Math.round((l.y() - prevY) / pitch) - 1);
                    for (int k = 0; k < empty; k++) {
                        out.append(firstLine ? "" : "\n");
                        firstLine = false;
                    }
                    if (!firstLine) {
                        out.append('\n');
                    }
                    if (pageMark) {
                        out.append(' ');
                        pageMark = false;
                    }
                    out.append(l.text());
                    firstLine = false;
                    prevY = l.y();
                }
            }
        }
        return out.toString();
    }

    private static List<Glyph> glyphs(PDDocument document, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                String u = t.getUnicode();
                if (u != null && !u.isEmpty()) {
                    out.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt()));
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return out;
    }

    /** The page's glyphs as one or two columns of lines. */
    static List<List<Line>> columns(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return List.of();
        }
        float gutter = gutter(glyphs);
        if (Float.isNaN(gutter)) {
            return List.of(lines(glyphs));
        }
        List<Glyph> left = new ArrayList<>();
        List<Glyph> right = new ArrayList<>();
        for (Glyph g : glyphs) {
            (g.x() + g.width() / 2 < gutter ? left : right).add(g);
        }
        return List.of(lines(left), lines(right));
    }

    /**
     * The middle of the widest vertical strip, in the middle third of the text's width, that no glyph covers and
     * that is at least two character widths wide; NaN when there is none (one column).
     */
    static float gutter(List<Glyph> glyphs) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        float size = 0;
        for (Glyph g : glyphs) {
            min = Math.min(min, g.x());
            max = Math.max(max, g.x() + g.width());
            size += g.size();
        }
        size /= glyphs.size();
        int n = (int) Math.ceil(max - min) + 1;
        if (n < 4) {
            return Float.NaN;
        }
        boolean[] covered = new boolean[n];
        for (Glyph g : glyphs) {
            if (g.text().isBlank()) {
                continue; // a space may be printed in the gutter
            }
            int a = (int) Math.floor(g.x() - min);
            int b = (int) Math.ceil(g.x() + g.width() - min);
            for (int k = Math.max(0, a); k < Math.min(n, b); k++) {
                covered[k] = true;
            }
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int k = n / 3; k < 2 * n / 3; k++) {
            if (covered[k]) {
                continue;
            }
            int e = k;
            while (e < n && !covered[e]) {
                e++;
            }
            int s = k;
            while (s > 0 && !covered[s - 1]) {
                s--;
            }
            if (e - s > bestLen) {
                bestLen = e - s;
                bestStart = s;
            }
            k = e;
        }
        return bestLen >= 2 * size ? min + bestStart + bestLen / 2f : Float.NaN;
    }

    /** Glyphs grouped by baseline (within a third of the font size), top to bottom, each line in x order. */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Line> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        float y = Float.NaN;
        for (Glyph g : sorted) {
            if (!cur.isEmpty() && Math.abs(g.y() - y) > g.size() / 3) {
                out.add(line(cur));
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                y = g.y();
            }
            cur.add(g);
        }
        if (!cur.isEmpty()) {
            out.add(line(cur));
        }
        return out;
    }

    private static Line line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null
                    && latin(prev.text())
                    && latin(g.text())
                    && g.x() - (prev.x() + prev.width()) > 0.25f * g.size()) {
                b.append(' '); // Latin words without a printed space between them
            }
            b.append(g.text());
            prev = g;
        }
        return new Line(glyphs.get(0).y(), glyphs.get(0).size(), b.toString());
    }

    private static boolean latin(String s) {
        char c = s.charAt(s.length() - 1);
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The most frequent distance between consecutive baselines of a column (the line pitch); 0 when unknown. */
    static float pitch(List<List<List<Line>>> pages) {
        java.util.Map<Integer, Integer> hist = new java.util.HashMap<>();
        for (List<List<Line>> cols : pages) {
            for (List<Line> col : cols) {
                for (int k = 1; k < col.size(); k++) {
                    int d = Math.round((col.get(k).y() - col.get(k - 1).y()) * 10);
                    if (d > 0) {
                        hist.merge(d, 1, Integer::sum);
                    }
                }
            }
        }
        return hist.entrySet().stream()
                .max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> e.getKey() / 10f)
                .orElse(0f);
    }
}
