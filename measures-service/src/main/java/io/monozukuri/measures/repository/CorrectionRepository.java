package io.monozukuri.measures.repository;

import io.monozukuri.measures.CorrectionEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CorrectionRepository implements PanacheRepositoryBase<CorrectionEntity, UUID> {

    /** The corrections of a measure in the order they were committed (serialised by the measure's row lock). */
    public PanacheQuery<CorrectionEntity> findByMeasure(UUID measureId) {
        return find("measureId", Sort.by("seq"), measureId);
    }

    /** Every correction of a report's measures, oldest first, to re-apply them after a re-ingest. */
    public List<CorrectionEntity> listByReport(UUID reportId) {
        return list("reportId", Sort.by("seq"), reportId);
    }
}
