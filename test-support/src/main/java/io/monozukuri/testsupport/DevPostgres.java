package io.monozukuri.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded PostgreSQL of {@code ./run.sh}: real PostgreSQL binaries from a Maven artifact, so that the stack
 * runs on a machine with nothing but a JDK. Usage: {@code DevPostgres <dataDir> <port> <user> <password> <db>...}.
 * Creates the role and databases when missing, prints {@code READY} and runs until the process is stopped; the data
 * directory is kept when it stops, and reused by the next start.
 */
public final class DevPostgres {

    private DevPostgres() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: DevPostgres <dataDir> <port> <user> <password> <database>...");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String user = args[2];
        String password = args[3];
        Files.createDirectories(dataDir);
        // never clean: the data stays across stops (an empty directory is initialised, an existing one reused);
        // `./run.sh reset` deletes it
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setOverrideWorkingDirectory(new File(dataDir.getParent().toFile(), "pg-work"))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            if (!exists(s, "SELECT 1 FROM pg_roles WHERE rolname = '" + sqlText(user) + "'")) {
                s.execute("CREATE ROLE " + identifier(user) + " LOGIN PASSWORD '" + sqlText(password) + "'");
            }
            for (int i = 4; i < args.length; i++) {
                if (!exists(s, "SELECT 1 FROM pg_database WHERE datname = '" + sqlText(args[i]) + "'")) {
                    s.execute("CREATE DATABASE " + identifier(args[i]) + " OWNER " + identifier(user)
                            + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception ignored) {
                // stopping anyway
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println("READY port=" + port);
        System.out.flush();
        stopped.await();
    }

    private static boolean exists(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return name;
    }

    private static String sqlText(String text) {
        return text.replace("'", "''");
    }
}
