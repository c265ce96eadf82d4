package io.monozukuri.ingest.parser.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Side-by-side throughput of two builds of the parser in one JVM (not a unit test): each build is loaded from its
 * own classes directory and the parses are interleaved (A B, B A, …), so that the load of a shared machine weighs
 * on both alike. Same inputs as {@link ParserBenchmark}: the sample and ~10 MB of its measures part repeated.
 *
 * <p>Run: {@code java -cp ingest-service/target/test-classes io.monozukuri.ingest.parser.bench.ParserCompare
 * report.txt old/classes/ new/classes/ [iterations]}
 */
public final class ParserCompare {

    private ParserCompare() {}

    public static void main(String[] args) throws Exception {
        String sample = Files.readString(Path.of(args[0]));
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Object[] parser = new Object[2];
        Method[] parse = new Method[2];
        for (int i = 0; i < 2; i++) {
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {Path.of(args[1 + i]).toUri().toURL()}, null);
            Class<?> c = loader.loadClass("io.monozukuri.ingest.parser.ReportParser");
            parser[i] = c.getConstructor().newInstance();
            parse[i] = c.getMethod("parse", String.class);
        }
        int award = sample.indexOf("表彰制度名");
        int cut = award < 0 ? sample.length() : sample.lastIndexOf("\n第", award);
        String body = sample.substring(0, Math.max(0, cut));
        StringBuilder big = new StringBuilder();
        while (big.length() < 10 * 1024 * 1024 / 3) {
            big.append(body).append('\n');
        }
        big.append(sample.substring(Math.max(0, cut)));
        String[] texts = {sample, big.toString()};
        String[] names = {"sample", "10MB"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int t = 0; t < 2; t++) {
            String text = texts[t];
            double mb = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
            int n = t == 0 ? iterations : Math.max(3, iterations / 10);
            long warm0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n / 2 || mx.getCurrentThreadCpuTime() - warm0 < 6_000_000_000L; i++) {
                parse[0].invoke(parser[0], text);
                parse[1].invoke(parser[1], text);
            }
            long[] cpu = new long[2];
            long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 2; k++) {
                    int j = i % 2 == 0 ? k : 1 - k;
                    long c0 = mx.getCurrentThreadCpuTime();
                    parse[j].invoke(parser[j], text);
                    long c = mx.getCurrentThreadCpuTime() - c0;
                    cpu[j] += c;
                    best[j] = Math.min(best[j], c);
                }
            }
            for (int k = 0; k < 2; k++) {
                System.out.printf(
                        "%-6s %-4s %6.2f MB  mean CPU %8.2f ms  %6.1f MB/s (CPU, mean)  %6.1f MB/s (CPU, best)%n",
                        names[t],
                        k == 0 ? "A" : "B",
                        mb,
                        cpu[k] / 1e6 / n,
                        mb / (cpu[k] / 1e9 / n),
                        mb / (best[k] / 1e9));
            }
        }
    }
}
