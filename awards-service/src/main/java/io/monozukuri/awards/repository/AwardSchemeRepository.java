package io.monozukuri.awards.repository;

import io.monozukuri.awards.AwardSchemeEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AwardSchemeRepository implements PanacheRepositoryBase<AwardSchemeEntity, UUID> {

    public Optional<AwardSchemeEntity> findByNameKey(String nameKey) {
        return find("nameKey", nameKey).firstResultOptional();
    }

    public PanacheQuery<AwardSchemeEntity> search(SchemeFilter filter, Sort sort) {
        Where where = new Where();
        if (filter.ministryCodes() != null || filter.ministryName() != null) {
            where.and("upper(ministryCode) in :ministryCodes or ministryName = :ministryName")
                    .bind("ministryCodes", filter.ministryCodes())
                    .bind("ministryName", filter.ministryName());
        }
        if (filter.frequency() != null) {
            where.and("frequencyKind = :frequency").bind("frequency", filter.frequency());
        }
        if (filter.recruitment() != null) {
            where.and("recruitmentMethod = :recruitment").bind("recruitment", filter.recruitment());
        }
        if (filter.status() != null) {
            where.and("status = :status").bind("status", filter.status());
        }
        for (int i = 0; i < filter.terms().size(); i++) {
            where.and("searchText like :q" + i + " escape '\\'")
                    .bind("q" + i, Where.contains(filter.terms().get(i)));
        }
        if (filter.openOn() != null) {
            where.and("(nextCallStart <= :openOn and nextCallEnd >= :openOn)"
                            + " or (nextCallFromMonth <= nextCallToMonth"
                            + "     and :openMonth between nextCallFromMonth and nextCallToMonth)"
                            + " or (nextCallFromMonth > nextCallToMonth"
                            + "     and (:openMonth >= nextCallFromMonth or :openMonth <= nextCallToMonth))")
                    .bind("openOn", filter.openOn())
                    .bind("openMonth", filter.openOn().getMonthValue());
        }
        if (filter.report() != null) {
            where.and("id in (select st.scheme.id from SchemeStatementEntity st where st.report.id = :report)")
                    .bind("report", filter.report());
        }
        return find(where.query(), sort, where.parameters());
    }
}
