package io.monozukuri.ingest.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TrueType font the PDF tests generate when no Japanese system font is installed. */
class SyntheticCjkFontTest {

    /** Kanji, kana, full-width forms, circled numbers, half-width katakana, ASCII; one code point off the BMP. */
    static final String LINE = "第１章　ものづくり白書（1,234億円）①※―ｱｲｳ｡ TIA Vision、𠮟る。";

    static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    @Test
    void thePdfTestsUseItWithoutAFontNamedAndWithoutIpaGothicOrWhenAskedForItElseTheSystemFont(@TempDir Path dir)
            throws IOException {
        Path missing = dir.resolve("ipag.ttf");
        Path installed = Files.write(dir.resolve("installed.ttf"), SyntheticCjkFont.covering("字"));
        assertThat(SamplePdf.systemFont(null, missing)).as("fresh machine").isEmpty();
        assertThat(SamplePdf.systemFont(" ", missing)).isEmpty();
        assertThat(SamplePdf.systemFont("synthetic", installed)).as("asked for").isEmpty();
        assertThat(SamplePdf.systemFont(null, installed))
                .as("IPA Gothic installed")
                .contains(installed);
        assertThat(SamplePdf.systemFont(installed.toString(), missing))
                .as("a font named")
                .contains(installed);
        assertThatThrownBy(() -> SamplePdf.systemFont(missing.toString(), installed))
                .as("a font named that is not there is a mistake, not a reason to fall back")
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void pdfboxParsesItAndBothCmapsMapEveryRequestedCodePointToItsOwnGlyph() throws IOException {
        SortedSet<Integer> cps = new TreeSet<>();
        LINE.codePoints().forEach(cps::add);
        PdfTextExtractorTest.sample()
                .replace("\uFFFD", "")
                .codePoints()
                .filter(c -> !Character.isISOControl(c))
                .forEach(cps::add);
        assertThat(cps).as("the sample's kanji, kana and full-width forms").hasSizeGreaterThan(1000);
        try (TrueTypeFont font = parse(SyntheticCjkFont.generate(cps))) {
            assertThat(font.getNumberOfGlyphs()).isEqualTo(cps.size() + 1);
            assertThat(font.getName()).isEqualTo(SyntheticCjkFont.POSTSCRIPT_NAME);
            assertThat(font.getUnitsPerEm()).isEqualTo(1000);
            assertThat(font.getOS2Windows().getFsType())
                    .as("installable embedding")
                    .isZero();
            assertThat(font.getTableMap().keySet())
                    .containsExactlyInAnyOrder(
                            "head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca", "glyf", "name", "post");

            CmapSubtable bmp = font.getCmap().getSubtable(3, 1);
            CmapSubtable full = font.getCmap().getSubtable(3, 10);
            assertThat(bmp).as("format 4, Windows Unicode BMP").isNotNull();
            assertThat(full).as("format 12, Windows Unicode full repertoire").isNotNull();
            Set<Integer> glyphs = new HashSet<>();
            for (int cp : cps) {
                int gid = full.getGlyphId(cp);
                assertThat(gid).as("U+%04X", cp).isPositive();
                assertThat(glyphs.add(gid))
                        .as("U+%04X has a glyph of its own", cp)
                        .isTrue();
                if (cp <= 0xFFFF) {
                    assertThat(bmp.getGlyphId(cp)).as("U+%04X in format 4", cp).isEqualTo(gid);
                }
                assertThat(font.getUnicodeCmapLookup().getGlyphId(cp)).isEqualTo(gid);
            }
            for (int absent : new int[] {'漢', 'ヴ', 0x20BB7}) {
                assertThat(cps).doesNotContain(absent);
                assertThat(full.getGlyphId(absent))
                        .as("U+%04X was not asked for", absent)
                        .isZero();
            }
        }
    }

    @Test
    void fullWidthCharactersAdvanceOneEmHalfWidthOnesHalfAndEveryGlyphButTheSpacesIsABox() throws IOException {
        try (TrueTypeFont font = parse(SyntheticCjkFont.covering(LINE))) {
            var cmap = font.getUnicodeCmapLookup();
            for (char c : "第章ものづくり白書億円（）①※―、。　１".toCharArray()) {
                assertThat(font.getAdvanceWidth(cmap.getGlyphId(c))).as("%s", c).isEqualTo(1000);
            }
            for (char c : "Az09 ,.()ｱｲｳ｡".toCharArray()) {
                assertThat(font.getAdvanceWidth(cmap.getGlyphId(c))).as("%s", c).isEqualTo(500);
            }
            assertThat(font.getAdvanceWidth(cmap.getGlyphId(0x20B9F))).isEqualTo(1000);
            for (int cp : LINE.codePoints().toArray()) {
                GlyphData g = font.getGlyph().getGlyph(cmap.getGlyphId(cp));
                int advance = font.getAdvanceWidth(cmap.getGlyphId(cp));
                if (SyntheticCjkFont.blank(cp)) {
                    assertThat(g == null || g.getNumberOfContours() == 0)
                            .as("U+%04X is empty", cp)
                            .isTrue();
                } else {
                    assertThat((int) g.getNumberOfContours()).as("U+%04X", cp).isEqualTo(2);
                    assertThat((int) g.getXMinimum()).isPositive();
                    assertThat((int) g.getXMaximum()).isBetween(g.getXMinimum() + 100, advance - 1);
                    assertThat((int) g.getYMaximum()).isBetween(500, 880);
                    assertThat(g.getPath().getBounds2D().getWidth()).isPositive();
                }
            }
        }
    }

    @Test
    void tableChecksumsAndTheFileChecksumAreValid() throws IOException {
        byte[] bytes = SyntheticCjkFont.covering(LINE);
        assertThat(SyntheticCjkFont.checksum(bytes)).as("whole file").isEqualTo(0xB1B0AFBAL);
        try (TrueTypeFont font = parse(bytes)) {
            for (TTFTable t : font.getTableMap().values()) {
                byte[] data = Arrays.copyOfRange(bytes, (int) t.getOffset(), (int) (t.getOffset() + t.getLength()));
                if (t.getTag().equals("head")) {
                    Arrays.fill(data, 8, 12, (byte) 0); // checkSumAdjustment is not part of the head checksum
                }
                assertThat(SyntheticCjkFont.checksum(data)).as(t.getTag()).isEqualTo(t.getCheckSum());
            }
        }
    }

    @Test
    void aLineTypesetWithItIsAnEmbeddedSubsetType0FontAndExtractsBackToTheSameText() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(SyntheticCjkFont.covering(LINE)), true);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(40, 700);
                cs.showText(LINE);
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources res = doc.getPage(0).getResources();
            PDFont f = res.getFont(res.getFontNames().iterator().next());
            assertThat(f).isInstanceOf(PDType0Font.class);
            PDType0Font t0 = (PDType0Font) f;
            assertThat(t0.getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
            assertThat(t0.isEmbedded()).isTrue();
            assertThat(t0.getName()).matches("[A-Z]{6}\\+" + SyntheticCjkFont.POSTSCRIPT_NAME);
            assertThat(t0.getCOSObject().getCOSStream(COSName.TO_UNICODE)).isNotNull();
            assertThat(t0.getStringWidth("もの")).isEqualTo(2000f);
            assertThat(t0.getStringWidth("A")).isEqualTo(500f);
            // an embedded font file (PDFBox leaves out its post table, which a PDF does not need)
            try (TrueTypeFont embedded = new TTFParser(true)
                    .parse(new RandomAccessReadBuffer(
                            t0.getFontDescriptor().getFontFile2().toByteArray()))) {
                assertThat(embedded.getNumberOfGlyphs())
                        .as("a subset: .notdef and the glyphs of the line")
                        .isEqualTo(LINE.codePoints().distinct().count() + 1);
            }
            assertThat(PdfTextExtractor.extract(doc)).isEqualTo(LINE);
        }
    }
}
