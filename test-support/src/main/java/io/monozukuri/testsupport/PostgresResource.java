package io.monozukuri.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the application under test its own empty PostgreSQL database; Flyway then creates the schema as in
 * production. Use with {@code @WithTestResource(PostgresResource.class)}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private TestDatabases.Database database;

    @Override
    public Map<String, String> start() {
        database = TestDatabases.create("test");
        return TestDatabases.datasource(database.jdbcUrl(), database.username(), database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            TestDatabases.drop(database);
        }
    }
}
