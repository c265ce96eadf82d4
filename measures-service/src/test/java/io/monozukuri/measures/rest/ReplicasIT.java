package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.testsupport.ServiceProcess;
import io.monozukuri.testsupport.TestDatabases;
import io.monozukuri.testsupport.TestKeys;
import io.monozukuri.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the built measures-service on one database, as replicas behind a load balancer: a write on one
 * (an import, a correction) is served by the other within the staleness bound (cache.max-staleness, 1 s by default;
 * in practice the NOTIFY arrives within milliseconds), and at once by the one that wrote; ETags change with the data.
 * When an instance loses its LISTEN connection it answers from the database (no cache) until it is back, then caches
 * again from the version it reads.
 */
class ReplicasIT {

    /** The documented default of cache.max-staleness. */
    private static final Duration BOUND = Duration.ofSeconds(1);

    private static TestDatabases.Database db;
    private static String role;
    private static ServiceProcess a;
    private static ServiceProcess b;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.create("replicas");
        // the services log in as a role of their own, so that the test can refuse that role new connections (an
        // outage for the listener) while their pools keep the connections they have
        role = "replicas_" + UUID.randomUUID().toString().substring(0, 8);
        admin(
                "CREATE ROLE " + role + " LOGIN PASSWORD 'replicas'",
                // a test role that is not a superuser (CI's: CREATEDB CREATEROLE) must be a member of the new role to
                // give it the database and to end its connections
                "GRANT " + role + " TO CURRENT_USER",
                "ALTER DATABASE " + db.name() + " OWNER TO " + role);
        Path key = Files.createTempFile("replicas-public", ".pem");
        Files.writeString(key, TestKeys.publicKeyPem());
        Map<String, String> env = new HashMap<>(ServiceProcess.databaseEnv(db));
        env.put("DB_USER", role);
        env.put("DB_PASSWORD", "replicas");
        env.put("JWT_ISSUER", TestKeys.ISSUER);
        env.put("JWT_PUBLIC_KEY_LOCATION", key.toString());
        env.put("QUARKUS_DATASOURCE_JDBC_INITIAL_SIZE", "3");
        env.put("QUARKUS_DATASOURCE_JDBC_MIN_SIZE", "3");
        // the reactive client (one measure by id) on one connection, opened by the first read and then held, so that
        // the test's connection limit (no new connection) leaves it the connection it needs
        env.put("DB_REACTIVE_POOL_MAX", "1");
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        a = ServiceProcess.start("measures-a", jar, env, Duration.ofMinutes(4));
        b = ServiceProcess.start("measures-b", jar, env, Duration.ofMinutes(4));
        awaitConnected(a);
        awaitConnected(b);
    }

    @AfterAll
    static void stop() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (db != null) {
            TestDatabases.drop(db);
            try (Connection c = DriverManager.getConnection(
                            db.jdbcUrl().replace("/" + db.name(), "/postgres"), db.username(), db.password());
                    Statement s = c.createStatement()) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @Test
    void aCorrectionOnOneInstanceIsServedByTheOtherWithinTheBound() throws Exception {
        UUID report = importOn(a, 2020);
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-③");
        String list = "/api/v1/measures?report=" + report + "&size=5";
        // both instances serve (and keep) the current data
        String before = read(b, path).header("ETag");
        String listBefore = read(b, list).header("ETag");
        assertThat(read(b, path).header("ETag")).isEqualTo(before);
        assertThat(read(a, path).header("ETag"))
                .as("the same data, the same ETag")
                .isEqualTo(before);

        correctOn(a, path, "複製テスト一");
        // the instance that wrote serves the write at once
        assertThat((String) read(a, path).path("title")).isEqualTo("複製テスト一");
        // the other one within the bound: measured by polling
        long millis = awaitOn(b, path, r -> "複製テスト一".equals(r.path("title")));
        assertThat(millis)
                .as("ms until the other instance served the correction")
                .isLessThan(BOUND.toMillis());
        ExtractableResponse<Response> after = read(b, path);
        assertThat(after.header("ETag")).isNotEqualTo(before);
        given().baseUri(b.url())
                .header("If-None-Match", before)
                .get(path)
                .then()
                .statusCode(200);
        assertThat(read(b, list).header("ETag")).isNotEqualTo(listBefore);

        // the guarantee itself, without polling: a read that starts a bound after the write is served fresh
        correctOn(a, path, "複製テスト二");
        Thread.sleep(BOUND.toMillis());
        assertThat((String) read(b, path).path("title")).isEqualTo("複製テスト二");
        given().baseUri(b.url())
                .header("If-None-Match", after.header("ETag"))
                .get(path)
                .then()
                .statusCode(200);
    }

    @Test
    void anImportOnOneInstanceIsServedByTheOtherWithinTheBound() throws Exception {
        String reports = "/api/v1/reports?size=500";
        int known = read(b, reports).path("totalItems");
        String before = read(b, reports).header("ETag");
        UUID report = importOn(a, 2019);
        read(a, "/api/v1/reports/" + report);
        long millis = awaitOn(b, reports, r -> ((Integer) r.path("totalItems")) == known + 1);
        assertThat(millis).isLessThan(BOUND.toMillis());
        assertThat(read(b, reports).header("ETag")).isNotEqualTo(before);
        read(b, "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1"));
    }

    @Test
    void withoutItsListenerAnInstanceAnswersFromTheDatabaseUntilItIsBackThenCachesAgain() throws Exception {
        UUID report = importOn(a, 2018);
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1");
        read(b, path);
        String before = read(b, path).header("ETag");

        // B's listener is cut off, and the database accepts no new connection of the services' role
        long open = queryLong("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + role + "'");
        admin("ALTER ROLE " + role + " CONNECTION LIMIT " + (open - 1));
        try {
            assertThat(queryLong("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                            + " WHERE application_name = 'measures-service-data-version-" + b.pid() + "'"))
                    .isEqualTo(1);
            awaitMetric(b, "data_version_connected", 0);
            // a write on A: B misses its notification, but answers from the database meanwhile
            correctOn(a, path, "接続断テスト");
            ExtractableResponse<Response> during = read(b, path);
            assertThat((String) during.path("title")).isEqualTo("接続断テスト");
            assertThat(during.header("ETag")).isNotEqualTo(before);
            assertThat(metric(b, "data_version_connected")).isZero();
        } finally {
            admin("ALTER ROLE " + role + " CONNECTION LIMIT -1");
        }
        // back: it listens again and reads the version; answers are cached and current again
        awaitMetric(b, "data_version_connected", 1);
        assertThat((String) read(b, path).path("title")).isEqualTo("接続断テスト");
        correctOn(a, path, "接続回復テスト");
        long millis = awaitOn(b, path, r -> "接続回復テスト".equals(r.path("title")));
        assertThat(millis).isLessThan(BOUND.toMillis());
    }

    private static UUID importOn(ServiceProcess instance, int fiscalYear) {
        UUID id = UUID.randomUUID();
        given().baseUri(instance.url())
                .header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(Fixtures.report(fiscalYear).toString().getBytes(StandardCharsets.UTF_8))
                .put("/internal/v1/reports/" + id)
                .then()
                .statusCode(201);
        return id;
    }

    private static void correctOn(ServiceProcess instance, String path, String title) {
        given().baseUri(instance.url())
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\": \"" + title + "\"}")
                .patch(path)
                .then()
                .statusCode(200);
    }

    private static ExtractableResponse<Response> read(ServiceProcess instance, String path) {
        return given().baseUri(instance.url()).get(path).then().statusCode(200).extract();
    }

    /**
     * Reads until {@code fresh} holds; answers how many ms after the call the read that was fresh <em>started</em>: the
     * staleness seen, whatever the reads themselves cost on a loaded machine (fails after 10 s).
     */
    private static long awaitOn(ServiceProcess instance, String path, Predicate<ExtractableResponse<Response>> fresh)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(10).toNanos();
        while (true) {
            long sent = System.nanoTime();
            if (fresh.test(read(instance, path))) {
                long millis = Duration.ofNanos(sent - start).toMillis();
                System.out.printf(
                        "[replicas] %s: a read of %s sent %d ms after the write was fresh (%d ms with the read)%n",
                        instance.url(),
                        path,
                        millis,
                        Duration.ofNanos(System.nanoTime() - start).toMillis());
                return millis;
            }
            assertThat(System.nanoTime()).as("served fresh within 10 s").isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    private static void awaitConnected(ServiceProcess instance) throws InterruptedException {
        awaitMetric(instance, "data_version_connected", 1);
    }

    private static void awaitMetric(ServiceProcess instance, String name, double value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (metric(instance, name) != value) {
            assertThat(System.nanoTime()).as(name + " = " + value).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static double metric(ServiceProcess instance, String name) {
        String text = given().baseUri(instance.url()).get("/q/metrics").asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no metric " + name);
    }

    private static void admin(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static long queryLong(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
