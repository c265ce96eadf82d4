package io.monozukuri.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** What one report printed about one scheme, kept as JSON with its source lines. */
@Entity
@Table(name = "scheme_statement")
public class SchemeStatementEntity {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scheme_id", nullable = false)
    public AwardSchemeEntity scheme;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    public ReportEntity report;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    /** The printed fields as JSON (an {@code AwardSchemeInput}). */
    @Column(name = "printed", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String printed;

    @Column(name = "line_start")
    public Integer lineStart;

    @Column(name = "line_end")
    public Integer lineEnd;

    public Integer page;

    /** Position of the row in the report's table, 0-based. */
    @Column(nullable = false)
    public int ordinal;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
