package io.monozukuri.ingest.repository;

import io.monozukuri.ingest.ReportUpload;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReportUploadRepository implements PanacheRepositoryBase<ReportUpload, String> {}
