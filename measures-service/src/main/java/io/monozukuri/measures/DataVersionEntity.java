package io.monozukuri.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The single row counting changes to the data; every import and correction bumps it. */
@Entity
@Table(name = "data_version")
public class DataVersionEntity {

    @Id
    public short id;

    public long version;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
