package io.monozukuri.awards.repository;

import io.monozukuri.awards.ReportEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<ReportEntity, UUID> {}
