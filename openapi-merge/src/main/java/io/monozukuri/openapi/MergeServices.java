package io.monozukuri.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Merges the OpenAPI documents the services stored when they were built ({@code target/openapi/openapi.json}) into the
 * static document the gateway's build starts from ({@code META-INF/openapi.json}). Which public paths go to which
 * service is read from the gateway's own configuration ({@code gateway.services.<key>.prefixes}), so the document and
 * the routes cannot disagree.
 *
 * <pre>MergeServices &lt;gateway application.properties&gt; &lt;output&gt; &lt;key&gt;=&lt;stored document&gt;...</pre>
 */
public final class MergeServices {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MergeServices() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException(
                    "usage: MergeServices <gateway application.properties> <output> <key>=<document>...");
        }
        Properties gateway = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            gateway.load(in);
        }
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (String arg : Arrays.copyOfRange(args, 2, args.length)) {
            int eq = arg.indexOf('=');
            String key = arg.substring(0, eq);
            Path file = Path.of(arg.substring(eq + 1));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("No OpenAPI document of " + key + " at " + file.toAbsolutePath()
                        + ": build the services first (their package phase stores it), e.g. ./mvnw package -pl gateway"
                        + " -am");
            }
            String prefixes = gateway.getProperty("gateway.services." + key + ".prefixes");
            if (prefixes == null) {
                throw new IllegalStateException("gateway.services." + key + ".prefixes is not configured");
            }
            List<String> routed =
                    Arrays.stream(prefixes.split(",")).map(String::strip).toList();
            String prefix = key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
            sources.add(new OpenApiMerger.Source(
                    key, prefix, prefix, (ObjectNode) JSON.readTree(file.toFile()), path -> routed.stream()
                            .anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))));
        }
        ObjectNode merged = OpenApiMerger.merge(
                sources,
                new OpenApiMerger.Settings(
                        "Monozukuri Policy API",
                        "1.0.0",
                        "The measures and award schemes of Japan's Monozukuri White Paper, through one gateway. Reads are"
                                + " public; writes need a bearer token.",
                        "http://localhost:8080",
                        "3.1.0"));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        JsonNode pretty = merged;
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), pretty);
        System.out.println("[openapi-merge] " + sources.size() + " service documents merged into " + out);
    }
}
