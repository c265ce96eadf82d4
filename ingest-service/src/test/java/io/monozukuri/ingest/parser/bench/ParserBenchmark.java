package io.monozukuri.ingest.parser.bench;

import io.monozukuri.ingest.parser.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Throughput harness of {@link ReportParser} (not a unit test). Measures MB/s (UTF-8 bytes of input per second of
 * thread CPU time and of wall time) on the sample and on a ~10 MB input made of the sample repeated.
 *
 * <p>Run: {@code ./mvnw -q -pl ingest-service test-compile} then
 * {@code java -cp ingest-service/target/classes:ingest-service/target/test-classes
 * io.monozukuri.ingest.parser.bench.ParserBenchmark [report.txt] [iterations]}
 */
public final class ParserBenchmark {

    private ParserBenchmark() {}

    public static void main(String[] args) throws IOException {
        String sample = args.length > 0 ? Files.readString(Path.of(args[0])) : resource();
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        // ~10 MB of UTF-8: the measures part of the report repeated (so that all of it is parsed as headings and
        // bodies, not skipped as one award table), then the award table once
        int award = sample.indexOf("表彰制度名");
        int cut = award < 0 ? sample.length() : sample.lastIndexOf("\n第", award);
        String body = sample.substring(0, Math.max(0, cut));
        StringBuilder big = new StringBuilder();
        while (big.length() < 10 * 1024 * 1024 / 3) { // ~3 bytes per Japanese character
            big.append(body).append('\n');
        }
        big.append(sample.substring(Math.max(0, cut)));
        run("sample", sample, iterations);
        run("10MB", big.toString(), Math.max(3, iterations / 10));
    }

    private static void run(String name, String text, int iterations) {
        ReportParser parser = new ReportParser();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double mb = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
        // warm-up: at least iterations / 3 parses and 3 s of CPU, so that the JIT has compiled the hot paths
        long warm0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < Math.max(3, iterations / 3) || mx.getCurrentThreadCpuTime() - warm0 < 3_000_000_000L; i++) {
            parser.parse(text);
        }
        long cpu = 0;
        long wall = 0;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < iterations; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            parser.parse(text);
            long c = mx.getCurrentThreadCpuTime() - c0;
            wall += System.nanoTime() - w0;
            cpu += c;
            bestCpu = Math.min(bestCpu, c);
        }
        System.out.printf(
                "%-7s %7.2f MB  mean CPU %8.2f ms  %6.1f MB/s (CPU)  best %6.1f MB/s  mean wall %8.2f ms  %6.1f MB/s (wall)%n",
                name,
                mb,
                cpu / 1e6 / iterations,
                mb / (cpu / 1e9 / iterations),
                mb / (bestCpu / 1e9),
                wall / 1e6 / iterations,
                mb / (wall / 1e9 / iterations));
    }

    private static String resource() throws IOException {
        try (InputStream in = ParserBenchmark.class.getResourceAsStream("/parser/fy2020.txt")) {
            if (in == null) {
                throw new IOException("no /parser/fy2020.txt on the class path; pass a report file");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
