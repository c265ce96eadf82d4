package io.monozukuri.commons.health;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The readiness check of a service that owns a database: ready only when the database has the service's schema at the
 * version the service was built with ({@link SchemaProbe}), so that a reachable database without the schema is not
 * ready. Each service declares it once, naming a table it owns:
 *
 * <pre>{@code
 * @Readiness
 * @Singleton
 * public class SchemaReadinessCheck extends SchemaReadiness {
 *     SchemaReadinessCheck(DataSource dataSource, Flyway flyway) {
 *         super(dataSource, flyway, "measure");
 *     }
 * }
 * }</pre>
 *
 * (Flyway and SmallRye Health are optional dependencies of commons: the services that extend this class have them.)
 */
public abstract class SchemaReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final Flyway flyway;
    private final String ownedTable;
    private volatile String expectedVersion;

    protected SchemaReadiness(DataSource dataSource, Flyway flyway, String ownedTable) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.ownedTable = ownedTable;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("database schema");
        String expected;
        try {
            expected = expectedVersion();
        } catch (RuntimeException e) {
            return builder.down()
                    .withData("reason", "the migrations cannot be resolved: " + e.getMessage())
                    .build();
        }
        SchemaProbe.Result result = SchemaProbe.probe(dataSource, expected, ownedTable, TIMEOUT_SECONDS);
        result.data().forEach((k, v) -> builder.withData(k, String.valueOf(v)));
        return builder.status(result.up()).build();
    }

    /** The newest migration this build ships, found once (Flyway needs the database for it). */
    private String expectedVersion() {
        String version = expectedVersion;
        if (version == null) {
            version = Arrays.stream(flyway.info().all())
                    .map(MigrationInfo::getVersion)
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion)
                    .orElse("none");
            expectedVersion = version;
        }
        return version;
    }
}
