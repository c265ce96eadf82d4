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
 * Recomputes the stored search keys with the shared normal form of {@link SearchText} (zero-width and control
 * characters now dropped too), so that the index and the query words keep being made by the same rules; the bigram
 * vector follows, as a generated column. In Java, not SQL, so that it is exactly the code the service runs.
 */
public class V2__RecomputeSearchKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, title, description FROM measure");
                PreparedStatement write =
                        db.prepareStatement("UPDATE measure SET search_title = ?, search_text = ? WHERE id = ?")) {
            while (rows.next()) {
                write.setString(1, SearchText.key(rows.getString("title")));
                write.setString(2, SearchText.indexText(rows.getString("title"), rows.getString("description")));
                write.setObject(3, rows.getObject("id"));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
