package io.monozukuri.measures.repository;

import io.monozukuri.measures.ReportEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<ReportEntity, UUID> {}
