package db.migration;

import io.monozukuri.commons.text.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Recomputes the stored name keys and search texts with the shared normal form of {@link SearchText} (lower case too,
 * zero-width and control characters dropped, fields separated by U+241E), so that stored keys and query words keep
 * being made by the same rules. In Java, not SQL, so that it is exactly the code the service runs.
 */
public class V2__RecomputeSearchKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, name, summary FROM award_scheme");
                PreparedStatement write =
                        db.prepareStatement("UPDATE award_scheme SET name_key = ?, search_text = ? WHERE id = ?")) {
            while (rows.next()) {
                write.setString(1, SearchText.key(rows.getString("name")));
                write.setString(2, SearchText.indexText(rows.getString("name"), rows.getString("summary")));
                write.setObject(3, rows.getObject("id"));
                write.addBatch();
            }
            write.executeBatch();
        }
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, name, affiliation, category, citation FROM recipient");
                PreparedStatement write = db.prepareStatement("UPDATE recipient SET search_text = ? WHERE id = ?")) {
            while (rows.next()) {
                write.setString(
                        1,
                        SearchText.indexText(
                                rows.getString("name"),
                                rows.getString("affiliation"),
                                rows.getString("category"),
                                rows.getString("citation")));
                write.setObject(2, rows.getObject("id"));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
