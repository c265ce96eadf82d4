package io.monozukuri.commons.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener against a real PostgreSQL: the version row, a statement trigger bumping it, NOTIFY on commit. */
class DataVersionListenerTest {

    private static final String NAME = "commons-test-data-version";
    private static final long BOUND = Duration.ofSeconds(2).toNanos();

    private TestDatabases.Database db;
    private DataVersion version;
    private DataVersionListener listener;
    /** While true the listener cannot open a connection, as during an outage of the database. */
    private volatile boolean unreachable;

    @BeforeEach
    void setUp() throws SQLException {
        db = TestDatabases.create("commons_dv");
        execute(
                """
                CREATE TABLE data_version (id smallint PRIMARY KEY, version bigint NOT NULL);
                INSERT INTO data_version VALUES (1, 1);
                CREATE TABLE thing (id int PRIMARY KEY, name text);
                CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE v bigint;
                BEGIN
                  IF current_setting('test.bumped', true) IS DISTINCT FROM 'on' THEN
                    UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version INTO v;
                    PERFORM pg_notify('test_data_version', v::text);
                    PERFORM set_config('test.bumped', 'on', true);
                  END IF;
                  RETURN NULL;
                END $$;
                CREATE TRIGGER thing_data_version AFTER INSERT OR UPDATE OR DELETE ON thing
                  FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();
                """);
        version = new DataVersion(() -> query("SELECT version FROM data_version"), BOUND, System::nanoTime);
        Properties props = new Properties();
        props.setProperty("user", db.username());
        props.setProperty("password", db.password());
        props.setProperty("ApplicationName", NAME);
        listener = new DataVersionListener(
                        () -> {
                            if (unreachable) {
                                throw new SQLException("connection refused (test)");
                            }
                            return DriverManager.getConnection(db.jdbcUrl(), props);
                        },
                        "test_data_version",
                        "data_version",
                        version,
                        BOUND / 5,
                        System::nanoTime)
                .start("test-listener");
    }

    @AfterEach
    void tearDown() {
        listener.close();
        TestDatabases.drop(db);
    }

    @Test
    void knowsTheVersionAndEachCommittedWriteWithinMilliseconds() throws Exception {
        await(() -> version.current(), 1);
        execute("INSERT INTO thing VALUES (1, 'a')");
        long seen = await(() -> version.current(), 2);
        assertThat(seen).as("ms until the notification").isLessThan(BOUND / 1_000_000);
        // one transaction of several statements is one version
        execute("BEGIN; INSERT INTO thing VALUES (2, 'b'); UPDATE thing SET name = 'c'; DELETE FROM thing WHERE id = 1;"
                + " COMMIT");
        await(() -> version.current(), 3);
        // a rolled back write changes nothing
        execute("BEGIN; INSERT INTO thing VALUES (3, 'd'); ROLLBACK");
        Thread.sleep(300);
        assertThat(version.current()).isEqualTo(3);
        assertThat(query("SELECT version FROM data_version")).isEqualTo(3);
    }

    @Test
    void aLostConnectionMakesTheVersionUnknownUntilItIsBackAndReadAgain() throws Exception {
        await(() -> version.current(), 1);
        unreachable = true;
        long terminated =
                query("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '" + NAME
                        + "'");
        assertThat(terminated).isEqualTo(1);
        await(() -> version.current(), DataVersion.UNKNOWN);
        assertThat(version.connected()).isFalse();
        // a write while the listener is away: its notification is lost
        execute("INSERT INTO thing VALUES (1, 'a')");
        Thread.sleep(300);
        assertThat(version.current())
                .as("still unknown while it cannot reconnect")
                .isEqualTo(DataVersion.UNKNOWN);
        // back: it listens again and reads the version, so the write missed is known
        unreachable = false;
        await(() -> version.current(), 2);
        assertThat(version.connected()).isTrue();
        execute("INSERT INTO thing VALUES (2, 'b')");
        await(() -> version.current(), 3);
    }

    /** Waits for {@code expected}; returns how many ms it took. */
    private static long await(LongSupplier actual, long expected) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(10).toNanos();
        while (actual.getAsLong() != expected && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(actual.getAsLong()).isEqualTo(expected);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
