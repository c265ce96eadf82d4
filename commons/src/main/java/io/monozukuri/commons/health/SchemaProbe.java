package io.monozukuri.commons.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Whether a service's database is usable, not only reachable: Flyway's schema history is at the version the service
 * was built with, and a table the service owns can be read. A database that was recreated empty, or one whose
 * migration failed, is therefore not ready. Plain JDBC with a short timeout; the readiness checks of the services call
 * it.
 */
public final class SchemaProbe {

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    /** The outcome, with what a human needs in the health details. */
    public record Result(boolean up, Map<String, Object> data) {}

    private SchemaProbe() {}

    /**
     * @param expectedVersion the newest migration version the service ships (Flyway's notation, e.g. {@code 2})
     * @param ownedTable a table the service owns, read with {@code SELECT 1 ... LIMIT 1}
     */
    public static Result probe(DataSource dataSource, String expectedVersion, String ownedTable, int timeoutSeconds) {
        if (!TABLE.matcher(ownedTable).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + ownedTable);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("expectedSchemaVersion", expectedVersion);
        try (Connection c = dataSource.getConnection()) {
            String current;
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM flyway_schema_history"
                    + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                s.setQueryTimeout(timeoutSeconds);
                try (ResultSet rs = s.executeQuery()) {
                    current = rs.next() ? rs.getString(1) : null;
                }
            }
            data.put("schemaVersion", current == null ? "none" : current);
            if (current == null || !current.equals(expectedVersion)) {
                data.put("reason", "the schema is not at the expected version");
                return new Result(false, data);
            }
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(timeoutSeconds);
                s.executeQuery("SELECT 1 FROM " + ownedTable + " LIMIT 1").close();
            }
            return new Result(true, data);
        } catch (SQLException e) {
            data.put("reason", describe(e));
            return new Result(false, data);
        }
    }

    private static String describe(SQLException e) {
        String state = e.getSQLState();
        if ("42P01".equals(state)) {
            return "a table of the schema is missing";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return (newline > 0 ? message.substring(0, newline) : message)
                + (state == null ? "" : " (SQLState " + state + ")");
    }
}
