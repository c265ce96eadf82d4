package io.monozukuri.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A built service jar ({@code target/quarkus-app/quarkus-run.jar}) running as a process of its own, as production runs
 * it: for tests that need several instances of one service (replicas on one database). Its output goes to a log file
 * whose tail is shown when it fails to start.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code jar} on a free port with {@code env} added to the environment ({@code HTTP_PORT} is set), and waits
     * until {@code /q/health/ready} answers 200.
     */
    public static ServiceProcess start(String name, Path jar, Map<String, String> env, Duration readyWithin) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the service first (./mvnw verify does)");
        }
        try {
            int port = freePort();
            Path log = Files.createTempFile(name + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-XX:+UseSerialGC",
                            "-jar",
                            jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("HTTP_PORT", Integer.toString(port));
            ServiceProcess started = new ServiceProcess(name, port, builder.start(), log);
            started.awaitReady(readyWithin);
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    /** The environment that points a service at a test database. */
    public static Map<String, String> databaseEnv(TestDatabases.Database db) {
        // jdbc:postgresql://host:port/name[?…]
        URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        return Map.of(
                "DB_HOST", uri.getHost(),
                "DB_PORT", Integer.toString(uri.getPort()),
                "DB_NAME", uri.getPath().substring(1),
                "DB_USER", db.username(),
                "DB_PASSWORD", db.password());
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The file the process's output goes to (its log, including the access log). */
    public Path log() {
        return log;
    }

    /** Whether the process is still running. */
    public boolean alive() {
        return process.isAlive();
    }

    /** The operating system's id of the process. */
    public long pid() {
        return process.pid();
    }

    private void awaitReady(Duration within) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create(url() + "/q/health/ready");
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log:\n" + tail());
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
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException(name + " not ready within " + within + "; log:\n" + tail());
    }

    /** The last lines of the process's output. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
