package io.monozukuri.awards.repository;

import io.monozukuri.awards.SchemeStatementEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SchemeStatementRepository implements PanacheRepositoryBase<SchemeStatementEntity, UUID> {

    private static final Sort LATEST_FIRST = Sort.descending("fiscalYear", "recordedAt");

    public List<SchemeStatementEntity> listByReport(UUID reportId) {
        return list("report.id", reportId);
    }

    public PanacheQuery<SchemeStatementEntity> findByScheme(UUID schemeId) {
        return find("scheme.id", LATEST_FIRST, schemeId);
    }

    /** The statement whose fields are the scheme's current fields: latest fiscal year, then latest recorded. */
    public Optional<SchemeStatementEntity> latestOf(UUID schemeId) {
        return findByScheme(schemeId).firstResultOptional();
    }
}
