package io.monozukuri.ingest.parser.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A TrueType font generated for the PDF tests when no Japanese system font is installed (or when asked for with
 * {@code -Dmonozukuri.test.cjkFont=synthetic}): a minimal but complete font that PDFBox embeds and subsets like a
 * real one, so that the PDF carries a Type0 / CIDFontType2 font with a ToUnicode map.
 *
 * <p>The font has the tables {@code head}, {@code hhea}, {@code maxp}, {@code OS/2}, {@code hmtx}, {@code cmap}
 * (format 4 for the BMP under platform 3 encoding 1, format 12 for all code points under platform 3 encoding 10),
 * {@code loca} (long offsets), {@code glyf}, {@code name} and {@code post} (version 2, with glyph names), with table
 * checksums and the {@code head} checksum adjustment. One glyph per requested code point, in code point order after
 * {@code .notdef}; every glyph but the spaces is a hollow box (two contours, like the "tofu" of a missing glyph).
 * Metrics as in a Japanese gothic font on a 1000-unit em: full-width characters advance {@value #FULL_WIDTH}
 * units, half-width ones (Basic Latin, Latin-1, half-width katakana and forms, see {@link #halfWidth}) {@value
 * #HALF_WIDTH}; ascender 880, descender −120.
 */
public final class SyntheticCjkFont {

    public static final String POSTSCRIPT_NAME = "MonozukuriSyntheticGothic";
    public static final String FAMILY = "Monozukuri Synthetic Gothic";
    public static final int UNITS_PER_EM = 1000;
    public static final int FULL_WIDTH = 1000;
    public static final int HALF_WIDTH = 500;

    static final int ASCENDER = 880;
    static final int DESCENDER = -120;
    /** The box of a glyph: side bearing, bottom and top; the inner box is inset by {@link #STROKE}. */
    static final int SIDE = 60;

    static final int BOTTOM = -40;
    static final int TOP = 780;
    static final int STROKE = 70;

    /** 2020-01-01T00:00:00Z in seconds since 1904-01-01 (the font's dates; fixed so that the bytes are stable). */
    private static final long DATE = 2_082_844_800L + 1_577_836_800L;

    private SyntheticCjkFont() {}

    /** A font with a glyph for every code point of the text (line ends and other controls aside) and for ASCII. */
    public static byte[] covering(CharSequence text) {
        SortedSet<Integer> cps = new TreeSet<>();
        for (int c = 0x20; c <= 0x7E; c++) {
            cps.add(c);
        }
        text.codePoints().filter(c -> !Character.isISOControl(c)).forEach(cps::add);
        return generate(cps);
    }

    /** The advance width of a code point's glyph, in font units. */
    public static int advance(int cp) {
        return halfWidth(cp) ? HALF_WIDTH : FULL_WIDTH;
    }

    /**
     * Whether a code point is set half-width: Basic Latin and Latin-1 (as in the Japanese gothic fonts, whose
     * Latin is half the em), half-width katakana and half-width forms (U+FF61–U+FFDC, U+FFE8–U+FFEE).
     */
    public static boolean halfWidth(int cp) {
        return cp < 0x100 || (cp >= 0xFF61 && cp <= 0xFFDC) || (cp >= 0xFFE8 && cp <= 0xFFEE);
    }

    /** Whether a code point's glyph is empty (a space). */
    static boolean blank(int cp) {
        return cp == 0x20 || cp == 0xA0 || cp == 0x3000;
    }

    /** A font with one glyph for each code point (none a control character, a surrogate or U+FFFF). */
    public static byte[] generate(SortedSet<Integer> codePoints) {
        List<Integer> cps = new ArrayList<>(codePoints);
        for (int cp : cps) {
            if (Character.isISOControl(cp)
                    || (cp >= 0xD800 && cp <= 0xDFFF)
                    || cp == 0xFFFF
                    || cp > Character.MAX_CODE_POINT) {
                throw new IllegalArgumentException("no glyph can be made for U+" + Integer.toHexString(cp));
            }
        }
        int numGlyphs = cps.size() + 1; // glyph 0 is .notdef, glyph i + 1 is cps[i]
        int[] advance = new int[numGlyphs];
        byte[][] glyphs = new byte[numGlyphs][];
        int[][] box = new int[numGlyphs][]; // xMin, yMin, xMax, yMax of glyphs with contours
        advance[0] = HALF_WIDTH;
        for (int g = 0; g < numGlyphs; g++) {
            int cp = g == 0 ? -1 : cps.get(g - 1);
            advance[g] = g == 0 ? HALF_WIDTH : advance(cp);
            if (g > 0 && blank(cp)) {
                glyphs[g] = new byte[0];
            } else {
                box[g] = new int[] {SIDE, BOTTOM, advance[g] - SIDE, TOP};
                glyphs[g] = hollowBox(box[g]);
            }
        }

        Map<String, byte[]> tables = new TreeMap<>(); // the table directory is sorted by tag
        Out glyf = new Out();
        Out loca = new Out();
        for (byte[] glyph : glyphs) {
            loca.u32(glyf.size());
            glyf.bytes(glyph);
        }
        loca.u32(glyf.size());
        tables.put("glyf", glyf.toByteArray());
        tables.put("loca", loca.toByteArray());

        int xMin = Integer.MAX_VALUE;
        int yMin = Integer.MAX_VALUE;
        int xMax = Integer.MIN_VALUE;
        int yMax = Integer.MIN_VALUE;
        int minRsb = Integer.MAX_VALUE;
        Out hmtx = new Out();
        for (int g = 0; g < numGlyphs; g++) {
            hmtx.u16(advance[g]).s16(box[g] == null ? 0 : box[g][0]);
            if (box[g] != null) {
                xMin = Math.min(xMin, box[g][0]);
                yMin = Math.min(yMin, box[g][1]);
                xMax = Math.max(xMax, box[g][2]);
                yMax = Math.max(yMax, box[g][3]);
                minRsb = Math.min(minRsb, advance[g] - box[g][2]);
            }
        }
        tables.put("hmtx", hmtx.toByteArray());

        tables.put(
                "head",
                new Out()
                        .u32(0x00010000) // version
                        .u32(0x00010000) // fontRevision
                        .u32(0) // checkSumAdjustment, set below
                        .u32(0x5F0F3CF5) // magicNumber
                        .u16(0x000B) // flags: baseline at y=0, left side bearing = xMin, integer ppem
                        .u16(UNITS_PER_EM)
                        .u64(DATE) // created
                        .u64(DATE) // modified
                        .s16(xMin)
                        .s16(yMin)
                        .s16(xMax)
                        .s16(yMax)
                        .u16(0) // macStyle
                        .u16(8) // lowestRecPPEM
                        .s16(2) // fontDirectionHint
                        .s16(1) // indexToLocFormat: long offsets
                        .s16(0) // glyphDataFormat
                        .toByteArray());
        tables.put(
                "hhea",
                new Out()
                        .u32(0x00010000)
                        .s16(ASCENDER)
                        .s16(DESCENDER)
                        .s16(0) // lineGap
                        .u16(FULL_WIDTH) // advanceWidthMax
                        .s16(SIDE) // minLeftSideBearing
                        .s16(minRsb) // minRightSideBearing
                        .s16(xMax) // xMaxExtent
                        .s16(1) // caretSlopeRise
                        .s16(0) // caretSlopeRun
                        .s16(0) // caretOffset
                        .s16(0)
                        .s16(0)
                        .s16(0)
                        .s16(0)
                        .s16(0) // metricDataFormat
                        .u16(numGlyphs) // numberOfHMetrics
                        .toByteArray());
        tables.put(
                "maxp",
                new Out()
                        .u32(0x00010000)
                        .u16(numGlyphs)
                        .u16(8) // maxPoints
                        .u16(2) // maxContours
                        .u16(0) // maxCompositePoints
                        .u16(0) // maxCompositeContours
                        .u16(2) // maxZones
                        .u16(0) // maxTwilightPoints
                        .u16(0) // maxStorage
                        .u16(0) // maxFunctionDefs
                        .u16(0) // maxInstructionDefs
                        .u16(0) // maxStackElements
                        .u16(0) // maxSizeOfInstructions
                        .u16(0) // maxComponentElements
                        .u16(0) // maxComponentDepth
                        .toByteArray());
        tables.put("OS/2", os2(cps, advance));
        tables.put("cmap", cmap(cps));
        tables.put("name", name());
        tables.put("post", post(cps));
        return sfnt(tables);
    }

    /**
     * The post table, version 2: the glyph names (.notdef, space, then {@code uniXXXX} / {@code uXXXXX}), which
     * PDFBox reads as in a real font.
     */
    private static byte[] post(List<Integer> cps) {
        Out o = new Out()
                .u32(0x00020000) // version 2
                .u32(0) // italicAngle
                .s16(-125) // underlinePosition
                .s16(50) // underlineThickness
                .u32(0) // isFixedPitch: Latin is half-width
                .u32(0)
                .u32(0)
                .u32(0)
                .u32(0);
        o.u16(cps.size() + 1).u16(0); // numGlyphs, .notdef (standard name 0)
        Out names = new Out();
        int custom = 0;
        for (int cp : cps) {
            if (cp == 0x20) {
                o.u16(3); // standard name "space"
            } else {
                o.u16(258 + custom++);
                byte[] n = String.format(cp <= 0xFFFF ? "uni%04X" : "u%X", cp).getBytes(StandardCharsets.US_ASCII);
                names.u8(n.length).bytes(n);
            }
        }
        o.bytes(names.toByteArray());
        return o.toByteArray();
    }

    /** A glyph of two contours: the outer box clockwise, the inner one counter-clockwise (a hollow box). */
    private static byte[] hollowBox(int[] b) {
        int x0 = b[0];
        int y0 = b[1];
        int x1 = b[2];
        int y1 = b[3];
        int ix0 = x0 + STROKE;
        int iy0 = y0 + STROKE;
        int ix1 = x1 - STROKE;
        int iy1 = y1 - STROKE;
        int[][] points = {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {ix0, iy0}, {ix1, iy0}, {ix1, iy1}, {ix0, iy1}};
        Out o = new Out().s16(2).s16(x0).s16(y0).s16(x1).s16(y1);
        o.u16(3).u16(7); // endPtsOfContours
        o.u16(0); // instructionLength
        for (int k = 0; k < points.length; k++) {
            o.u8(0x01); // on curve, coordinates as signed 16-bit deltas
        }
        int prev = 0;
        for (int[] p : points) {
            o.s16(p[0] - prev);
            prev = p[0];
        }
        prev = 0;
        for (int[] p : points) {
            o.s16(p[1] - prev);
            prev = p[1];
        }
        return o.toByteArray();
    }

    /** OS/2 version 4: installable embedding (fsType 0), regular weight, the Unicode ranges and code page used. */
    private static byte[] os2(List<Integer> cps, int[] advance) {
        long sum = 0;
        for (int a : advance) {
            sum += a;
        }
        long[] ranges = new long[4];
        boolean latin1 = false;
        for (int cp : cps) {
            int bit = unicodeRangeBit(cp);
            if (bit >= 0) {
                ranges[bit / 32] |= 1L << (bit % 32);
            }
            latin1 |= cp < 0x100;
        }
        int first = cps.isEmpty() ? 0 : Math.min(cps.get(0), 0xFFFF);
        int last = cps.isEmpty() ? 0 : Math.min(cps.get(cps.size() - 1), 0xFFFF);
        Out o = new Out()
                .u16(4) // version
                .s16((int) (sum / advance.length)) // xAvgCharWidth
                .u16(400) // usWeightClass
                .u16(5) // usWidthClass
                .u16(0) // fsType: installable embedding
                .s16(650)
                .s16(600)
                .s16(0)
                .s16(75) // subscript
                .s16(650)
                .s16(600)
                .s16(0)
                .s16(350) // superscript
                .s16(50) // yStrikeoutSize
                .s16(300) // yStrikeoutPosition
                .s16(0x0805); // sFamilyClass: sans serif, gothic
        o.bytes(new byte[] {2, 11, 6, 0, 0, 0, 0, 0, 0, 0}); // PANOSE: Latin text, normal sans
        for (long r : ranges) {
            o.u32(r);
        }
        o.bytes("MONO".getBytes(StandardCharsets.US_ASCII)); // achVendID
        o.u16(0x0040) // fsSelection: regular
                .u16(first)
                .u16(last)
                .s16(ASCENDER) // sTypoAscender
                .s16(DESCENDER) // sTypoDescender
                .s16(0) // sTypoLineGap
                .u16(ASCENDER) // usWinAscent
                .u16(-DESCENDER) // usWinDescent
                .u32((latin1 ? 1L : 0L) | 1L << 17) // ulCodePageRange1: Latin 1, JIS/Japan
                .u32(0)
                .s16(500) // sxHeight
                .s16(700) // sCapHeight
                .u16(0) // usDefaultChar
                .u16(0x20) // usBreakChar
                .u16(1); // usMaxContext
        return o.toByteArray();
    }

    /** The OS/2 Unicode range bit of the blocks a Japanese report uses; -1 for others. */
    private static int unicodeRangeBit(int cp) {
        if (cp < 0x80) return 0; // Basic Latin
        if (cp < 0x100) return 1; // Latin-1 Supplement
        if (cp >= 0x2000 && cp < 0x2070) return 31; // General Punctuation
        if (cp >= 0x2190 && cp < 0x2200) return 37; // Arrows
        if (cp >= 0x2200 && cp < 0x2300) return 38; // Mathematical Operators
        if (cp >= 0x2460 && cp < 0x2500) return 42; // Enclosed Alphanumerics
        if (cp >= 0x2500 && cp < 0x2580) return 43; // Box Drawing
        if (cp >= 0x25A0 && cp < 0x2600) return 45; // Geometric Shapes
        if (cp >= 0x3000 && cp < 0x3040) return 48; // CJK Symbols and Punctuation
        if (cp >= 0x3040 && cp < 0x30A0) return 49; // Hiragana
        if (cp >= 0x30A0 && cp < 0x3100) return 50; // Katakana
        if (cp >= 0x3200 && cp < 0x3300) return 54; // Enclosed CJK Letters and Months
        if (cp >= 0x3300 && cp < 0x3400) return 55; // CJK Compatibility
        if (cp >= 0x4E00 && cp < 0xA000) return 59; // CJK Unified Ideographs
        if (cp >= 0xF900 && cp < 0xFB00) return 61; // CJK Compatibility Ideographs
        if (cp >= 0xFF00 && cp < 0xFFF0) return 68; // Halfwidth and Fullwidth Forms
        if (cp > 0xFFFF) return 57; // Non-Plane 0
        return -1;
    }

    /**
     * The cmap: format 4 (BMP, platform 3 encoding 1) and format 12 (all, platform 3 encoding 10), both mapping
     * runs of consecutive code points to runs of consecutive glyphs (glyph i + 1 is the i-th code point).
     */
    private static byte[] cmap(List<Integer> cps) {
        List<int[]> runs = new ArrayList<>(); // start code, end code, start glyph
        for (int i = 0; i < cps.size(); i++) {
            int cp = cps.get(i);
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == cp - 1 && (last[1] <= 0xFFFF) == (cp <= 0xFFFF)) {
                last[1] = cp;
            } else {
                runs.add(new int[] {cp, cp, i + 1});
            }
        }
        List<int[]> bmp = runs.stream().filter(r -> r[1] <= 0xFFFF).toList();

        Out f4 = new Out();
        int segCount = bmp.size() + 1; // and the final 0xFFFF segment
        int pow = Integer.highestOneBit(segCount);
        f4.u16(4).u16(16 + 8 * segCount).u16(0); // format, length, language
        f4.u16(2 * segCount)
                .u16(2 * pow)
                .u16(Integer.numberOfTrailingZeros(pow))
                .u16(2 * segCount - 2 * pow);
        bmp.forEach(r -> f4.u16(r[1]));
        f4.u16(0xFFFF).u16(0); // reservedPad
        bmp.forEach(r -> f4.u16(r[0]));
        f4.u16(0xFFFF);
        bmp.forEach(r -> f4.u16((r[2] - r[0]) & 0xFFFF)); // idDelta
        f4.u16(1);
        bmp.forEach(r -> f4.u16(0)); // idRangeOffset
        f4.u16(0);
        if (f4.size() > 0xFFFF) {
            throw new IllegalArgumentException("too many code point runs for a cmap format 4: " + bmp.size());
        }

        Out f12 = new Out().u16(12).u16(0).u32(16 + 12L * runs.size()).u32(0).u32(runs.size());
        runs.forEach(r -> f12.u32(r[0]).u32(r[1]).u32(r[2]));

        int header = 4 + 2 * 8;
        Out o = new Out().u16(0).u16(2); // version, numTables
        o.u16(3).u16(1).u32(header); // Windows, Unicode BMP
        o.u16(3).u16(10).u32(header + f4.size()); // Windows, Unicode full repertoire
        o.bytes(f4.toByteArray());
        o.bytes(f12.toByteArray());
        return o.toByteArray();
    }

    /** The name table: family, subfamily, unique id, full name, version, PostScript name (Mac Roman and Windows). */
    private static byte[] name() {
        String[] names = {
            null, FAMILY, "Regular", FAMILY + " (generated for tests)", FAMILY, "Version 1.000", POSTSCRIPT_NAME
        };
        Out records = new Out();
        Out strings = new Out();
        int count = 0;
        for (int platform : new int[] {1, 3}) {
            for (int id = 1; id < names.length; id++) {
                byte[] s = names[id].getBytes(platform == 1 ? StandardCharsets.US_ASCII : StandardCharsets.UTF_16BE);
                records.u16(platform)
                        .u16(platform == 1 ? 0 : 1) // Roman / Unicode BMP
                        .u16(platform == 1 ? 0 : 0x409) // English / English (US)
                        .u16(id)
                        .u16(s.length)
                        .u16(strings.size());
                strings.bytes(s);
                count++;
            }
        }
        Out o = new Out().u16(0).u16(count).u16(6 + 12 * count);
        o.bytes(records.toByteArray());
        o.bytes(strings.toByteArray());
        return o.toByteArray();
    }

    /** The font file: the table directory (sorted by tag), the tables 4-byte aligned, checksums, head adjustment. */
    private static byte[] sfnt(Map<String, byte[]> tables) {
        int n = tables.size();
        int pow = Integer.highestOneBit(n);
        Out o = new Out()
                .u32(0x00010000)
                .u16(n)
                .u16(16 * pow)
                .u16(Integer.numberOfTrailingZeros(pow))
                .u16(16 * n - 16 * pow);
        int offset = 12 + 16 * n;
        int headOffset = -1;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            byte[] tag = t.getKey().getBytes(StandardCharsets.US_ASCII);
            if (tag.length != 4) {
                throw new IllegalStateException("table tag " + t.getKey());
            }
            o.bytes(tag).u32(checksum(t.getValue())).u32(offset).u32(t.getValue().length);
            if (t.getKey().equals("head")) {
                headOffset = offset;
            }
            offset += (t.getValue().length + 3) & ~3;
        }
        for (byte[] t : tables.values()) {
            o.bytes(t);
            o.bytes(new byte[((t.length + 3) & ~3) - t.length]);
        }
        byte[] font = o.toByteArray();
        long adjustment = (0xB1B0AFBAL - checksum(font)) & 0xFFFFFFFFL;
        for (int k = 0; k < 4; k++) {
            font[headOffset + 8 + k] = (byte) (adjustment >>> (24 - 8 * k));
        }
        return font;
    }

    /** The sum of the big-endian 32-bit words of the data (zero-padded), modulo 2^32. */
    static long checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                word = word << 8 | (i + k < data.length ? data[i + k] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }

    /** Big-endian output of the sizes the font format uses. */
    private static final class Out extends ByteArrayOutputStream {

        Out u8(int v) {
            write(v);
            return this;
        }

        Out u16(int v) {
            if (v < 0 || v > 0xFFFF) {
                throw new IllegalArgumentException("uint16 out of range: " + v);
            }
            write(v >>> 8);
            write(v);
            return this;
        }

        Out s16(int v) {
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                throw new IllegalArgumentException("int16 out of range: " + v);
            }
            write(v >>> 8);
            write(v);
            return this;
        }

        Out u32(long v) {
            for (int s = 24; s >= 0; s -= 8) {
                write((int) (v >>> s));
            }
            return this;
        }

        Out u64(long v) {
            for (int s = 56; s >= 0; s -= 8) {
                write((int) (v >>> s));
            }
            return this;
        }

        Out bytes(byte[] b) {
            write(b, 0, b.length);
            return this;
        }
    }
}
