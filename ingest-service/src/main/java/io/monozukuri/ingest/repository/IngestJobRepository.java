package io.monozukuri.ingest.repository;

import io.monozukuri.ingest.IngestJob;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IngestJobRepository implements PanacheRepositoryBase<IngestJob, UUID> {

    public List<IngestJob> newestFirst(int page, int size) {
        return findAll(Sort.descending("createdAt").and("id"))
                .page(Page.of(page, size))
                .list();
    }

    /**
     * Claims the oldest job that is due, for {@code owner} until {@code leaseUntil}, in one statement: a PENDING job
     * whose next attempt is due, or a RUNNING one whose lease has expired (its owner died). {@code FOR UPDATE SKIP
     * LOCKED} makes concurrent claimers (other instances) pass over a row being claimed, so a job has one owner.
     *
     * @return the id of the claimed job, or empty when none is due
     */
    public Optional<UUID> claimNext(String owner, OffsetDateTime now, OffsetDateTime leaseUntil) {
        List<?> ids = getEntityManager()
                .createNativeQuery(
                        """
                        UPDATE ingest_job SET status = 'RUNNING', lease_owner = :owner, lease_expires_at = :until,
                               attempts = attempts + 1, next_attempt_at = NULL
                        WHERE id = (SELECT id FROM ingest_job
                                    WHERE (status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= :now))
                                       OR (status = 'RUNNING' AND (lease_expires_at IS NULL OR lease_expires_at < :now))
                                    ORDER BY created_at, id
                                    LIMIT 1
                                    FOR UPDATE SKIP LOCKED)
                        RETURNING id
                        """)
                .setParameter("owner", owner)
                .setParameter("until", leaseUntil)
                .setParameter("now", now)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of((UUID) ids.get(0));
    }

    /** Extends the lease of a job its owner still holds; false when it was lost (taken over, or finished). */
    public boolean renewLease(UUID id, String owner, OffsetDateTime leaseUntil) {
        return update(
                        "leaseExpiresAt = ?1 where id = ?2 and leaseOwner = ?3 and status = ?4",
                        leaseUntil,
                        id,
                        owner,
                        IngestJob.Status.RUNNING)
                > 0;
    }
}
