package io.monozukuri.measures.health;

import io.monozukuri.commons.health.SchemaProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Ready only when the database has this service's schema at the version it was built with ({@link SchemaProbe}): a
 * reachable database without the schema is not ready.
 */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    private final DataSource dataSource;
    private final Flyway flyway;
    private volatile String expectedVersion;

    SchemaReadinessCheck(DataSource dataSource, Flyway flyway) {
        this.dataSource = dataSource;
        this.flyway = flyway;
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
        SchemaProbe.Result result = SchemaProbe.probe(dataSource, expected, "measure", 2);
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
