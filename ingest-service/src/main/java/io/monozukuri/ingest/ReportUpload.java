package io.monozukuri.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A report text as it was received, keyed by the hash of its normalised text. */
@Entity
@Table(name = "report_upload")
public class ReportUpload {

    @Id
    @Column(name = "source_hash")
    public String sourceHash;

    @Column(nullable = false)
    public String content;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
