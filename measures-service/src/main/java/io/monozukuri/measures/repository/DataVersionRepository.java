package io.monozukuri.measures.repository;

import io.monozukuri.measures.DataVersionEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DataVersionRepository implements PanacheRepositoryBase<DataVersionEntity, Short> {

    /**
     * Bumps the version inside the caller's transaction, first thing, although every write statement would (the
     * statement triggers of Flyway V3 call the same function, once per transaction): the row lock it takes serialises
     * concurrent writers from the start, so that two imports of the same report never interleave. The new version is
     * announced ({@code NOTIFY measures_data_version}) when the transaction commits.
     */
    public long bump() {
        return ((Number) getEntityManager()
                        .createNativeQuery("SELECT data_version_bump()")
                        .getSingleResult())
                .longValue();
    }
}
