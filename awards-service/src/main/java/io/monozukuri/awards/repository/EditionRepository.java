package io.monozukuri.awards.repository;

import io.monozukuri.awards.EditionEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EditionRepository implements PanacheRepositoryBase<EditionEntity, UUID> {

    public PanacheQuery<EditionEntity> findByScheme(UUID schemeId, Sort sort) {
        return find("scheme.id", sort, schemeId);
    }

    public Optional<EditionEntity> findInScheme(UUID schemeId, UUID editionId) {
        return find(
                        "id = :id and scheme.id = :scheme",
                        Parameters.with("id", editionId).and("scheme", schemeId))
                .firstResultOptional();
    }

    /** The edition with its row locked until the transaction ends. */
    public Optional<EditionEntity> lockInScheme(UUID schemeId, UUID editionId) {
        return find(
                        "id = :id and scheme.id = :scheme",
                        Parameters.with("id", editionId).and("scheme", schemeId))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public long countByScheme(UUID schemeId) {
        return count("scheme.id", schemeId);
    }

    /** Another edition of the scheme with this number, if any. */
    public Optional<EditionEntity> findByNumber(UUID schemeId, int number, UUID exceptId) {
        return find(
                        "scheme.id = :scheme and number = :number and id <> :except",
                        Parameters.with("scheme", schemeId)
                                .and("number", number)
                                .and("except", exceptId))
                .firstResultOptional();
    }

    /** An edition of the scheme numbered below {@code number} but held after {@code year}. */
    public Optional<EditionEntity> findEarlierNumberLaterYear(UUID schemeId, int number, int year, UUID exceptId) {
        return find(
                        "scheme.id = :scheme and number < :number and year > :year and id <> :except",
                        Sort.by("number"),
                        Parameters.with("scheme", schemeId)
                                .and("number", number)
                                .and("year", year)
                                .and("except", exceptId))
                .firstResultOptional();
    }

    /** An edition of the scheme numbered above {@code number} but held before {@code year}. */
    public Optional<EditionEntity> findLaterNumberEarlierYear(UUID schemeId, int number, int year, UUID exceptId) {
        return find(
                        "scheme.id = :scheme and number > :number and year < :year and id <> :except",
                        Sort.by("number"),
                        Parameters.with("scheme", schemeId)
                                .and("number", number)
                                .and("year", year)
                                .and("except", exceptId))
                .firstResultOptional();
    }

    /** The earliest year of the scheme's editions, if it has any. */
    public Optional<Integer> firstYear(UUID schemeId) {
        return find("scheme.id = ?1 order by year", schemeId)
                .firstResultOptional()
                .map(e -> e.year);
    }
}
