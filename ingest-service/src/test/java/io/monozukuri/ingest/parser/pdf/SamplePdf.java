package io.monozukuri.ingest.parser.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets a report text as a PDF, the way the white paper is printed: one printed line per text line (an empty
 * text line is an empty line slot), a page mark (a line opening with one ASCII space) starts a new page, and the
 * lines of a page are set in one column or in two (the first half of the page's line slots in the left column).
 * The Japanese TrueType font is embedded (as a subset).
 *
 * <p>The font: the file named by the system property {@code monozukuri.test.cjkFont} or the environment variable
 * {@code MONOZUKURI_CJK_FONT}, else IPA Gothic of the Debian package {@code fonts-ipafont-gothic}
 * ({@value #IPA_GOTHIC}), which {@code .ci/run} installs. Without a font the PDF tests fail: they never skip.
 */
public final class SamplePdf {

    public static final String IPA_GOTHIC = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";

    static final float SIZE = 5f;
    static final float PITCH = 6f;
    static final float MARGIN = 20f;
    static final float GUTTER = 24f;

    private SamplePdf() {}

    /** The Japanese TrueType font file the PDF tests embed; fails with how to install one when there is none. */
    public static Path font() {
        String given = System.getProperty("monozukuri.test.cjkFont", System.getenv("MONOZUKURI_CJK_FONT"));
        Path p = Path.of(given != null && !given.isBlank() ? given : IPA_GOTHIC);
        if (!Files.isReadable(p)) {
            throw new AssertionError("no Japanese TrueType font at " + p + ": install the Debian package "
                    + "fonts-ipafont-gothic (.ci/run does) or set -Dmonozukuri.test.cjkFont=/path/to/font.ttf");
        }
        return p;
    }

    /** The text's pages: lists of lines, split at page marks (the mark's space removed). */
    static List<List<String>> pages(String text) {
        List<List<String>> pages = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int n = lines.length;
        while (n > 0 && lines[n - 1].isBlank()) {
            n--; // trailing empty lines and a final page mark without text are not printed
        }
        for (int i = 0; i < n; i++) {
            String l = lines[i];
            if (l.length() > 1 && l.charAt(0) == ' ' && l.charAt(1) != ' ') {
                pages.add(cur);
                cur = new ArrayList<>();
                l = l.substring(1);
            }
            cur.add(l.replace("\uFFFD", "")); // U+FFFD is extraction noise of the sample, and has no glyph
        }
        pages.add(cur);
        return pages;
    }

    /** The text typeset in one column (columns = 1) or two columns (columns = 2) per page. */
    public static byte[] typeset(String text, int columns) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, font().toFile());
            List<List<String>> pages = pages(text);
            int maxWidth = 0;
            int maxSlots = 0;
            for (List<String> p : pages) {
                maxSlots = Math.max(maxSlots, columns == 2 ? split(p) : p.size());
                for (String l : p) {
                    maxWidth = Math.max(maxWidth, l.length());
                }
            }
            float colWidth = maxWidth * SIZE + SIZE;
            float width = Math.max(PDRectangle.A4.getWidth(), 2 * MARGIN + columns * colWidth + GUTTER);
            float height = Math.max(PDRectangle.A4.getHeight(), 2 * MARGIN + maxSlots * PITCH);
            for (List<String> p : pages) {
                PDPage page = new PDPage(new PDRectangle(width, height));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    int split = columns == 2 ? split(p) : p.size();
                    column(cs, font, p.subList(0, split), MARGIN, height - MARGIN);
                    if (columns == 2) {
                        column(cs, font, p.subList(split, p.size()), MARGIN + colWidth + GUTTER, height - MARGIN);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the right column starts: half of the page's line slots, moved down past empty slots so that the left
     * column ends with a printed line (an empty slot at the foot of a column cannot be seen in any PDF; at the
     * head of the right column it is a gap below the top margin, which the extractor reads).
     */
    static int split(List<String> page) {
        int s = (page.size() + 1) / 2;
        while (s < page.size() && s > 0 && page.get(s - 1).isEmpty()) {
            s++;
        }
        return s;
    }

    private static void column(PDPageContentStream cs, PDType0Font font, List<String> lines, float x, float top)
            throws IOException {
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.setLeading(PITCH);
        cs.newLineAtOffset(x, top - SIZE);
        for (String l : lines) {
            if (!l.isEmpty()) {
                cs.showText(l);
            }
            cs.newLine();
        }
        cs.endText();
    }
}
