package io.monozukuri.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Hands out fresh, empty PostgreSQL databases to tests.
 *
 * <p>When {@code MONO_TEST_PG_URL} (a JDBC URL of an administrative database such as
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code MONO_TEST_PG_USER} and {@code MONO_TEST_PG_PASSWORD}
 * are set, as {@code .ci/run} does, databases are created on that server. Otherwise one embedded PostgreSQL (real
 * binaries shipped as a Maven artifact) is started for the JVM, so that {@code ./mvnw verify} needs nothing
 * installed.
 */
public final class TestDatabases {

    /** Where a test database lives and how to log in. */
    public record Database(String name, String jdbcUrl, String username, String password) {}

    private static EmbeddedPostgres embedded;

    /** A class of Quarkus's reactive PostgreSQL client: present when the application under test reads through it. */
    private static final String REACTIVE_CLIENT = "io.vertx.pgclient.PgConnectOptions";

    private TestDatabases() {}

    /**
     * The datasource settings that point an application under test at a database: its JDBC URL and login, and, when
     * the application also has the reactive client (measures-service reads one measure through it), the same database
     * as the reactive client's URL, so that both clients always reach the same data.
     */
    public static Map<String, String> datasource(String jdbcUrl, String username, String password) {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", username);
        config.put("quarkus.datasource.password", password);
        if (hasReactiveClient()) {
            config.put("quarkus.datasource.reactive.url", reactiveUrl(jdbcUrl));
        }
        return config;
    }

    /** {@code jdbc:postgresql://host:port/db?…} as the reactive client's {@code postgresql://host:port/db}. */
    static String reactiveUrl(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        String url = jdbcUrl.substring("jdbc:".length());
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static boolean hasReactiveClient() {
        try {
            Class.forName(REACTIVE_CLIENT, false, Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Creates an empty database whose name starts with the given prefix. */
    public static synchronized Database create(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        Server server = server();
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.username(), server.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " at " + server.adminUrl(), e);
        }
        return new Database(name, server.urlOf(name), server.username(), server.password());
    }

    /** Drops a database made by {@link #create}, closing what still holds it open. */
    public static synchronized void drop(Database database) {
        Server server = server();
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.username(), server.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
        } catch (SQLException e) {
            // a database left behind on a throw-away test server is harmless
        }
    }

    private record Server(String adminUrl, String username, String password) {
        String urlOf(String database) {
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }

    private static Server server() {
        String url = System.getenv("MONO_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new Server(
                    url,
                    System.getenv().getOrDefault("MONO_TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("MONO_TEST_PG_PASSWORD", ""));
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }
}
