package io.monozukuri.awards.health;

import io.monozukuri.commons.health.SchemaReadiness;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/** Ready only when this service's schema is there at the version it was built with (commons {@link SchemaReadiness}). */
@Readiness
@Singleton
public class SchemaReadinessCheck extends SchemaReadiness {

    SchemaReadinessCheck(DataSource dataSource, Flyway flyway) {
        super(dataSource, flyway, "award_scheme");
    }
}
