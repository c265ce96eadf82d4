package io.monozukuri.measures.repository;

import io.monozukuri.measures.DataVersionEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DataVersionRepository implements PanacheRepositoryBase<DataVersionEntity, Short> {

    private static final short ROW = 1;

    /** The current version of the data; changes with every import and correction. */
    public long current() {
        return getEntityManager()
                .createQuery("select d.version from DataVersionEntity d where d.id = :id", Long.class)
                .setParameter("id", ROW)
                .getSingleResult();
    }

    /**
     * Bumps the version inside the caller's transaction. The row lock it takes also serialises concurrent
     * writers, so that two imports of the same report never interleave.
     */
    public void bump() {
        getEntityManager()
                .createNativeQuery("UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1")
                .executeUpdate();
    }
}
