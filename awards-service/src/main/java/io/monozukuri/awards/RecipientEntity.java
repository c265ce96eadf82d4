package io.monozukuri.awards;

import io.monozukuri.awards.api.RecipientKind;
import io.monozukuri.awards.api.RecipientStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who received a prize in one edition. */
@Entity
@Table(name = "recipient")
public class RecipientEntity {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    public EditionEntity edition;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientKind kind;

    public String affiliation;

    public String prefecture;

    public String prize;

    public String category;

    public String citation;

    @Column(nullable = false)
    public int share;

    /** The data version of the last transaction that changed what its JSON shows (Flyway V4, commons IfMatch). */
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientStatus status;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
