package io.monozukuri.ingest.repository;

import io.monozukuri.ingest.IngestJob;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IngestJobRepository implements PanacheRepositoryBase<IngestJob, UUID> {

    public List<IngestJob> newestFirst(int page, int size) {
        return findAll(Sort.descending("createdAt").and("id"))
                .page(Page.of(page, size))
                .list();
    }

    public List<IngestJob> unfinished() {
        return list(
                "status in ?1",
                Sort.ascending("createdAt"),
                List.of(IngestJob.Status.PENDING, IngestJob.Status.RUNNING));
    }
}
