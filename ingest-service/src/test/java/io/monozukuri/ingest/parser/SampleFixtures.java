package io.monozukuri.ingest.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test resources of the parser. */
final class SampleFixtures {

    private SampleFixtures() {}

    static String resource(String name) {
        try (InputStream in = SampleFixtures.class.getResourceAsStream("/parser/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /parser/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sample() {
        return resource("fy2020.txt");
    }

    /** Rows of a TSV resource, comment lines (#) skipped; trailing empty columns kept. */
    static List<String[]> tsv(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : resource(name).split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            out.add(line.split("\t", -1));
        }
        return out;
    }
}
