package io.monozukuri.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A report that printed award schemes; its id is given by ingest-service. */
@Entity
@Table(name = "ingested_report")
public class ReportEntity {

    @Id
    @Column(name = "report_id")
    public UUID id;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "source_hash")
    public String sourceHash;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;
}
