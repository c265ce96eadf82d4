package io.monozukuri.e2e;

import io.monozukuri.testsupport.TestDatabases;
import io.monozukuri.testsupport.TestKeys;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole stack as production runs it: the four built jars as separate processes on free ports, each service with
 * its own fresh PostgreSQL database, JWTs verified with a key made for this run. Started once per test JVM, stopped
 * when the JVM's JUnit root context closes.
 */
public final class Stack implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static Stack instance;

    private final Path root;
    private final Path work;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final List<TestDatabases.Database> databases = new ArrayList<>();
    private final Map<String, TestDatabases.Database> databaseOf = new LinkedHashMap<>();

    public static synchronized Stack get(ExtensionContext context) {
        if (instance == null) {
            instance = new Stack();
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Stack.class, instance);
            instance.start();
        }
        return instance;
    }

    private Stack() {
        this.root = Path.of(System.getProperty("monozukuri.root", ".."))
                .toAbsolutePath()
                .normalize();
        try {
            this.work = Files.createTempDirectory("monozukuri-e2e");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String gateway() {
        return url("gateway");
    }

    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    /** The database a service uses (measures-service, awards-service, ingest-service), to look at its rows. */
    public TestDatabases.Database database(String service) {
        TestDatabases.Database db = databaseOf.get(service);
        if (db == null) {
            throw new IllegalArgumentException(service + " has no database");
        }
        return db;
    }

    public Path root() {
        return root;
    }

    /** Stops one service, to see how the others cope; {@link #restart} brings it back. */
    public void stop(String service) {
        Process p = processes.get(service);
        p.destroy();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void restart(String service) {
        launch(service);
        awaitReady(service);
    }

    private void start() {
        try {
            Path keys = Files.createDirectories(work.resolve("keys"));
            Files.writeString(keys.resolve("publicKey.pem"), TestKeys.publicKeyPem());
            Files.writeString(keys.resolve("privateKey.pem"), TestKeys.privateKeyPem());
            for (String service : List.of("measures-service", "awards-service", "ingest-service", "gateway")) {
                ports.put(service, freePort());
            }
            for (String service : List.of("measures-service", "awards-service", "ingest-service", "gateway")) {
                launch(service);
            }
            for (String service : ports.keySet()) {
                awaitReady(service);
            }
        } catch (IOException e) {
            close();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();

    private void launch(String service) {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw verify does)");
        }
        Map<String, String> env = environments.computeIfAbsent(service, this::environment);
        ProcessBuilder builder = new ProcessBuilder(
                        javaBinary(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        work.resolve(service + ".log").toFile()));
        builder.environment().putAll(env);
        try {
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + service, e);
        }
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("JWT_ISSUER", TestKeys.ISSUER);
        env.put("JWT_PUBLIC_KEY_LOCATION", work.resolve("keys/publicKey.pem").toString());
        env.put("MEASURES_URL", url("measures-service"));
        env.put("AWARDS_URL", url("awards-service"));
        env.put("INGEST_URL", url("ingest-service"));
        env.put("RATE_LIMIT_ENABLED", "false");
        if (service.equals("ingest-service")) {
            env.put("JWT_SIGN_KEY_LOCATION", work.resolve("keys/privateKey.pem").toString());
        }
        if (!service.equals("gateway")) {
            TestDatabases.Database db = TestDatabases.create("e2e_" + service.replace("-service", ""));
            databases.add(db);
            databaseOf.put(service, db);
            Matcher m =
                    Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(db.jdbcUrl());
            if (!m.find()) {
                throw new IllegalStateException("unexpected JDBC URL " + db.jdbcUrl());
            }
            env.put("DB_HOST", m.group(1));
            env.put("DB_PORT", m.group(2));
            env.put("DB_NAME", m.group(3));
            env.put("DB_USER", db.username());
            env.put("DB_PASSWORD", db.password());
        }
        return env;
    }

    private void awaitReady(String service) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create(url(service) + "/q/health/ready");
        // generous: a loaded CI machine starts four JVMs at once
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            Process p = processes.get(service);
            if (!p.isAlive()) {
                throw new IllegalStateException(service + " exited with " + p.exitValue() + "; log:\n" + tail(service));
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException(service + " not ready in time; log:\n" + tail(service));
    }

    public String tail(String service) {
        try {
            List<String> lines = Files.readAllLines(work.resolve(service + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        databases.forEach(TestDatabases::drop);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static File logDir() {
        return instance == null ? null : instance.work.toFile();
    }
}
