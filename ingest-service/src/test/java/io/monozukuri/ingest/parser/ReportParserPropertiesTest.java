package io.monozukuri.ingest.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** The parser never throws and stays linear (no catastrophic backtracking). */
class ReportParserPropertiesTest {

    private static final String SAMPLE = SampleFixtures.sample();
    private static final List<String> LINES = Arrays.asList(SAMPLE.split("\n", -1));
    private final ReportParser parser = ReportParser.failFast();

    /** The parser is fail-fast here: an internal error propagates, and no PARSER_FAILURE may hide one. */
    private static void assertSound(ParseResult r) {
        assertThat(r).isNotNull();
        assertThat(r.report().sourceHash()).hasSize(64);
        assertThat(r.warnings()).noneMatch(w -> w.code().equals("PARSER_FAILURE"));
        assertThat(r.measures()).allSatisfy(m -> {
            assertThat(m.code()).isNotBlank();
            assertThat(m.source().lineStart())
                    .isBetween(1, Math.max(1, r.report().lineCount()));
            assertThat(m.source().lineEnd())
                    .isBetween(m.source().lineStart(), Math.max(1, r.report().lineCount()));
        });
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryStrings(@ForAll @StringLength(max = 2000) String s) {
        assertSound(parser.parse(s));
    }

    @Provide
    Arbitrary<String> reportAlphabet() {
        return Arbitraries.strings()
                .withChars("（）()①②⑳㉑＜＞【】円億百万千の内数第章節部 \u3000\n\r\uFFFD1234567890、。・経産省文科省再掲約総額補正当初予備費表彰制度名担当省庁")
                .ofMaxLength(3000);
    }

    @Property(tries = 300)
    void neverThrowsOnReportLikeNoise(@ForAll("reportAlphabet") String s) {
        assertSound(parser.parse(s));
    }

    @Property(tries = 60)
    void neverThrowsOnMutatedSamples(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random rnd = new Random(seed);
        List<String> lines = new ArrayList<>(LINES);
        int ops = 1 + rnd.nextInt(200);
        for (int k = 0; k < ops && !lines.isEmpty(); k++) {
            int i = rnd.nextInt(lines.size());
            switch (rnd.nextInt(6)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(rnd.nextInt(lines.size()), lines.get(i));
                case 2 -> Collections.swap(lines, i, rnd.nextInt(lines.size()));
                case 3 -> {
                    String l = lines.get(i);
                    if (!l.isEmpty()) {
                        int p = rnd.nextInt(l.length());
                        lines.set(i, l.substring(0, p));
                        lines.add(i + 1, l.substring(p));
                    }
                }
                case 4 -> lines.set(i, lines.get(i) + (i + 1 < lines.size() ? lines.get(i + 1) : ""));
                default -> lines.set(i, " " + lines.get(i));
            }
        }
        assertSound(parser.parse(String.join("\n", lines)));
    }

    @Example
    void oneMegabyteOfShuffledSampleLinesParsesInLinearTime() {
        List<String> lines = new ArrayList<>();
        while (lines.stream().mapToInt(String::length).sum() < 1_000_000) {
            lines.addAll(LINES);
        }
        Collections.shuffle(lines, new Random(42));
        String text = String.join("\n", lines);
        assertLinear(text);
    }

    @Example
    void oneMegabyteOfRepeatedSampleWithoutPageMarksParsesInLinearTime() {
        StringBuilder b = new StringBuilder();
        String np = TextVariants.noPageMarks(SAMPLE);
        while (b.length() < 1_000_000) {
            b.append(np).append('\n');
        }
        assertLinear(b.toString());
    }

    @Example
    void oneMegabyteOfPathologicalHeadingsParsesInLinearTime() {
        StringBuilder b = new StringBuilder();
        Random rnd = new Random(7);
        String[] pieces = {"（1）", "（（（（", "①", "施策1\n", "\n", "（1億", "円", "＜経", "産省＞", " ", "の内数", "第 1 章\n", "1 "};
        while (b.length() < 1_000_000) {
            b.append(pieces[rnd.nextInt(pieces.length)]);
        }
        // ~25,000 headings in 1 MB (a real report has ~1,500 per MB): a guard against super-linear behaviour
        assertLinear(b.toString());
        assertLinear("（1）" + "（".repeat(500_000));
        assertLinear("施策1\n\n" + "（1）事業\n本文。\n\n".repeat(60_000));
    }

    /**
     * The whole text costs at most {@link #LINEAR_SLACK} times its first eighth (plus {@link #NOISE_MS}): linear work
     * costs 8 times the eighth, quadratic work 64 times. A ratio, not a time limit, so that the guard holds on any
     * machine, fast or slow (how fast the parser is, is measured by {@code bench/ParserBenchmark}). Thread CPU time,
     * so that other processes on a loaded machine weigh less.
     */
    private void assertLinear(String text) {
        parser.parse(text.substring(0, Math.min(text.length(), 50_000))); // warm-up
        String eighth = text.substring(0, text.length() / 8);
        long eighthMs = cpuMs(() -> assertSound(parser.parse(eighth)));
        long fullMs = cpuMs(() -> assertSound(parser.parse(text)));
        assertThat(fullMs)
                .as("CPU time to parse %d chars, against %d ms for the first eighth", text.length(), eighthMs)
                .isLessThanOrEqualTo(LINEAR_SLACK * eighthMs + NOISE_MS);
    }

    private static final long LINEAR_SLACK = 20;
    private static final long NOISE_MS = 50;

    private static long cpuMs(Runnable parse) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        parse.run();
        return (mx.getCurrentThreadCpuTime() - t0) / 1_000_000;
    }
}
