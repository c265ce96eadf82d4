package io.monozukuri.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of the ingest of one report: what was asked, how far it got, what it found. */
@Entity
@Table(name = "ingest_job")
public class IngestJob {

    /** Where a job is. */
    public enum Status {
        PENDING,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "source_hash", nullable = false)
    public String sourceHash;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    public String title;

    @Column(name = "fiscal_year")
    public Integer fiscalYear;

    public int progress;

    public String stage;

    /** Counts of what the parse found and what the services stored, as a JSON object. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String counts;

    /** The parser's warnings, as a JSON array. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String warnings;

    public String error;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** How many times a runner has started this job. */
    public int attempts;

    /** When a job waiting after a transient failure may run again. */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    /** The runner instance that holds the job while it runs. */
    @Column(name = "lease_owner")
    public String leaseOwner;

    /** Until when the owner holds it; another instance takes a RUNNING job over after that. */
    @Column(name = "lease_expires_at")
    public OffsetDateTime leaseExpiresAt;
}
