package io.monozukuri.ingest.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.ParseResult;
import io.monozukuri.ingest.parser.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDF stage on PDFs typeset from the sample in one and in two columns per page. */
class PdfTextExtractorTest {

    static String sample() throws IOException {
        try (InputStream in = PdfTextExtractorTest.class.getResourceAsStream("/parser/fy2020.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String extract(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfTextExtractor.extract(doc);
        }
    }

    /** The sample as the PDF can print it: U+FFFD has no glyph, the final page mark without text is not printed. */
    static List<String> printable(String text) {
        List<String> lines = Arrays.asList(text.replace("\uFFFD", "").split("\n", -1));
        int n = lines.size();
        while (n > 0 && lines.get(n - 1).isBlank()) {
            n--;
        }
        return lines.subList(0, n);
    }

    @ParameterizedTest(name = "{0} column(s)")
    @ValueSource(ints = {1, 2})
    void theSampleComesBackLineForLineWithItsEmptyLinesAndPageMarks(int columns) throws IOException {
        String sample = sample();
        String text = extract(SamplePdf.typeset(sample, columns));
        assertThat(Arrays.asList(text.split("\n", -1))).containsExactlyElementsOf(printable(sample));
    }

    @ParameterizedTest(name = "{0} column(s)")
    @ValueSource(ints = {1, 2})
    void theExtractedTextParsesLikeTheSample(int columns) throws IOException {
        String sample = sample();
        ParseResult expected = ReportParser.failFast().parse(sample);
        ParseResult actual = ReportParser.failFast().parse(extract(SamplePdf.typeset(sample, columns)));
        assertThat(actual.measures()).containsExactlyElementsOf(expected.measures());
        assertThat(actual.awardSchemes()).containsExactlyElementsOf(expected.awardSchemes());
        assertThat(actual.report().pageCount()).isEqualTo(expected.report().pageCount());
        assertThat(actual.warnings()).containsExactlyElementsOf(expected.warnings());
    }

    /** Either route (system font or generated one) gives the PDF font of a real report: Type0, subset, ToUnicode. */
    @Test
    void theSampleIsTypesetWithAnEmbeddedSubsetType0FontWithAToUnicodeMap() throws IOException {
        String expectedName;
        var system = SamplePdf.systemFont();
        if (system.isPresent()) {
            try (TrueTypeFont ttf = new TTFParser()
                    .parse(new RandomAccessReadBufferedFile(system.get().toFile()))) {
                expectedName = ttf.getName();
            }
        } else {
            expectedName = SyntheticCjkFont.POSTSCRIPT_NAME;
        }
        try (PDDocument doc = Loader.loadPDF(SamplePdf.typeset(sample(), 2))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                assertThat(res.getFontNames()).hasSize(1);
                PDFont font = res.getFont(res.getFontNames().iterator().next());
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(((PDType0Font) font).getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+" + Pattern.quote(expectedName));
                assertThat(font.getCOSObject().getCOSStream(COSName.TO_UNICODE)).isNotNull();
                assertThat(font.getStringWidth("製造業")).isEqualTo(3000f);
                assertThat(font.getStringWidth("DX")).isEqualTo(1000f);
            }
        }
    }

    @Test
    void readingOrderOverTwoColumnsAndNoSpacesInventedInsideJapaneseWords() throws IOException {
        String text = " 左の段の一行目\n左の段の二行目\n右の段の一行目です\n右の段 の二行目 TIA Vision\n";
        String out = extract(SamplePdf.typeset("表紙\n" + text, 2));
        assertThat(out).isEqualTo("表紙\n 左の段の一行目\n左の段の二行目\n右の段の一行目です\n右の段 の二行目 TIA Vision");
    }
}
