package io.monozukuri.measures.repository;

import io.monozukuri.measures.OutlineHeadingEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class OutlineHeadingRepository implements PanacheRepository<OutlineHeadingEntity> {

    public List<OutlineHeadingEntity> listByReport(UUID reportId) {
        return list("reportId = ?1 order by position", reportId);
    }

    public long deleteByReport(UUID reportId) {
        return delete("reportId", reportId);
    }

    /** Chapters and sections per report: {@code [chapters, sections]}. */
    public Map<UUID, long[]> countsByReport(Collection<UUID> reportIds) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (reportIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select h.reportId, count(case when h.sectionNumber is null then 1 end),"
                                + " count(h.sectionNumber) from OutlineHeadingEntity h where h.reportId in ?1"
                                + " group by h.reportId",
                        Object[].class)
                .setParameter(1, reportIds)
                .getResultList();
        rows.forEach(
                r -> counts.put((UUID) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return counts;
    }
}
