package io.monozukuri.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service module's src/main/resources/application.properties says about its deployment. */
record ServiceConfig(String service, int httpPort, Map<String, Optional<String>> envVars) {

    /** The four services of the project, each with the port the contract gives it. */
    static final Map<String, Integer> CONTRACT_PORTS =
            Map.of("gateway", 8080, "measures-service", 8081, "awards-service", 8082, "ingest-service", 8083);

    static final List<String> SERVICES = List.of("gateway", "measures-service", "awards-service", "ingest-service");

    /** Quarkus listens on 8080 when quarkus.http.port is not set. */
    private static final int QUARKUS_DEFAULT_PORT = 8080;

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    static ServiceConfig read(String service) {
        Path file = Rendered.REPO_DIR.resolve(service).resolve("src/main/resources/application.properties");
        List<String> lines;
        try {
            lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = QUARKUS_DEFAULT_PORT;
        Map<String, Optional<String>> env = new TreeMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            // what runs in the cluster is the prod profile: dev and test lines do not apply
            if (line.startsWith("%") && !line.startsWith("%prod.")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip().replaceFirst("^%prod\\.", "");
            String value = line.substring(eq + 1).strip();
            Matcher m = ENV_REFERENCE.matcher(value);
            while (m.find()) {
                env.merge(
                        m.group(1),
                        Optional.ofNullable(m.group(2)),
                        (a, b) -> a.isPresent() && b.isPresent() ? a : Optional.empty());
            }
            if (key.equals("quarkus.http.port")) {
                Matcher p = ENV_REFERENCE.matcher(value);
                port = p.matches() && p.group(2) != null
                        ? Integer.parseInt(p.group(2).strip())
                        : Integer.parseInt(value);
            }
        }
        return new ServiceConfig(service, port, env);
    }
}
