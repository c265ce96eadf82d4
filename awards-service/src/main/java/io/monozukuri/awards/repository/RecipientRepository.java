package io.monozukuri.awards.repository;

import io.monozukuri.awards.RecipientEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<RecipientEntity, UUID> {

    public PanacheQuery<RecipientEntity> search(RecipientFilter filter, Sort sort) {
        Where where = new Where();
        for (int i = 0; i < filter.terms().size(); i++) {
            where.and("searchText like :q" + i + " escape '\\'")
                    .bind("q" + i, Where.contains(filter.terms().get(i)));
        }
        if (filter.schemeId() != null) {
            where.and("edition.scheme.id = :schemeId").bind("schemeId", filter.schemeId());
        }
        if (filter.schemeNameKey() != null) {
            where.and("edition.scheme.nameKey = :schemeKey").bind("schemeKey", filter.schemeNameKey());
        }
        if (filter.editionId() != null) {
            where.and("edition.id = :editionId").bind("editionId", filter.editionId());
        }
        if (filter.year() != null) {
            where.and("edition.year = :year").bind("year", filter.year());
        }
        if (filter.prefecture() != null) {
            where.and("prefecture = :prefecture").bind("prefecture", filter.prefecture());
        }
        if (filter.kind() != null) {
            where.and("kind = :kind").bind("kind", filter.kind());
        }
        if (filter.prize() != null) {
            where.and("prize = :prize").bind("prize", filter.prize());
        }
        return find(where.query(), sort, where.parameters());
    }

    public Optional<RecipientEntity> findInEdition(UUID editionId, UUID recipientId) {
        return find(
                        "id = :id and edition.id = :edition",
                        Parameters.with("id", recipientId).and("edition", editionId))
                .firstResultOptional();
    }

    /** The recipient with its row locked until the transaction ends. */
    public Optional<RecipientEntity> lockInEdition(UUID editionId, UUID recipientId) {
        return find(
                        "id = :id and edition.id = :edition",
                        Parameters.with("id", recipientId).and("edition", editionId))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public long countByEdition(UUID editionId) {
        return count("edition.id", editionId);
    }

    public long deleteByEdition(UUID editionId) {
        return delete("edition.id", editionId);
    }

    /** How many recipients each of these editions has (editions without any are left out). */
    public Map<UUID, Long> countByEditions(Collection<UUID> editionIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (editionIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select r.edition.id, count(r) from RecipientEntity r where r.edition.id in :ids"
                                + " group by r.edition.id",
                        Object[].class)
                .setParameter("ids", editionIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }
}
