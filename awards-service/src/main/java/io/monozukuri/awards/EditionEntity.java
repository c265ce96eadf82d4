package io.monozukuri.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One edition (第N回, one year) of a scheme. */
@Entity
@Table(name = "edition")
public class EditionEntity {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scheme_id", nullable = false)
    public AwardSchemeEntity scheme;

    public Integer number;

    public String title;

    @Column(nullable = false)
    public int year;

    @Column(name = "call_from")
    public LocalDate callFrom;

    @Column(name = "call_to")
    public LocalDate callTo;

    @Column(name = "announcement_date")
    public LocalDate announcementDate;

    @Column(name = "ceremony_date")
    public LocalDate ceremonyDate;

    public String notes;

    /** The data version of the last transaction that changed what its JSON shows (Flyway V4, commons IfMatch). */
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
