package io.monozukuri.awards.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** The data version (Flyway V3) as the writes see it, and the versions of rows that a write changes indirectly. */
@ApplicationScoped
public class DataVersionRepository {

    private final EntityManager em;

    public DataVersionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Bumps the data version inside the caller's transaction (once per transaction; the statement triggers of V3 call
     * the same function) and returns it: the version every row this transaction writes gets (Flyway V4). Called first
     * by every editor's write, so its row lock is the first lock of every writer and orders them.
     */
    public long bump() {
        return ((Number) em.createNativeQuery("SELECT data_version_bump()").getSingleResult()).longValue();
    }

    /** The recipients of an edition show its number and year: they get the new version with it. */
    public void recipientsOfEdition(UUID editionId, long version) {
        em.createNativeQuery("UPDATE recipient SET version = :v WHERE edition_id = :e AND version <> :v")
                .setParameter("v", version)
                .setParameter("e", editionId)
                .executeUpdate();
    }

    /** The recipients of a scheme show its name: they get the new version when it changes. */
    public void recipientsOfScheme(UUID schemeId, long version) {
        em.createNativeQuery("UPDATE recipient SET version = :v WHERE version <> :v AND edition_id IN"
                        + " (SELECT id FROM edition WHERE scheme_id = :s)")
                .setParameter("v", version)
                .setParameter("s", schemeId)
                .executeUpdate();
    }
}
