package io.monozukuri.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The registry of ministries, filled from the ministries clauses of ingested reports. */
@Entity
@Table(name = "ministry")
public class MinistryEntity {

    @Id
    public String code;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** The short form most recently printed in a report. */
    @Column(name = "short_name")
    public String shortName;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
