package io.monozukuri.measures.repository;

import io.monozukuri.measures.MinistryEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class MinistryRepository implements PanacheRepositoryBase<MinistryEntity, String> {

    /** The whole registry by code; it holds a few dozen rows at most. */
    public Map<String, MinistryEntity> byCode() {
        return listAll().stream().collect(Collectors.toMap(m -> m.code, Function.identity()));
    }
}
