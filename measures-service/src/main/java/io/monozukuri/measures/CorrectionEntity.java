package io.monozukuri.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One editor's correction of a measure: the merge patch as sent, and the measure before and after. Kept by
 * measure id so that it survives, and is re-applied after, a re-ingest of the report.
 */
@Entity
@Table(name = "measure_correction")
public class CorrectionEntity {

    @Id
    public UUID id;

    @Column(name = "measure_id")
    public UUID measureId;

    @Column(name = "report_id")
    public UUID reportId;

    public String code;

    public String author;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public String note;

    /** The JSON merge patch, without its note. */
    public String patch;

    @Column(name = "before_state")
    public String beforeState;

    @Column(name = "after_state")
    public String afterState;

    /** The order of the history: taken from a sequence by the database, after the measure's row lock (Flyway V4). */
    @Column(insertable = false, updatable = false)
    public Long seq;
}
