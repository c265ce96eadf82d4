package io.monozukuri.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One ingested edition of the report. */
@Entity
@Table(name = "report")
public class ReportEntity {

    @Id
    public UUID id;

    @Column(name = "source_hash")
    public String sourceHash;

    public String title;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "line_count")
    public Integer lineCount;

    @Column(name = "page_count")
    public Integer pageCount;

    @Column(name = "warning_count")
    public Integer warningCount;

    @Column(name = "ingested_at")
    public OffsetDateTime ingestedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "ingest_count")
    public int ingestCount;
}
