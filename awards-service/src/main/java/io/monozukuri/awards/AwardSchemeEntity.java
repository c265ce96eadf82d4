package io.monozukuri.awards;

import io.monozukuri.contracts.FrequencyKind;
import io.monozukuri.contracts.RecruitmentMethod;
import io.monozukuri.contracts.SchemeStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** An award scheme. The printed columns are copied from the statement of the latest fiscal year. */
@Entity
@Table(name = "award_scheme")
public class AwardSchemeEntity {

    @Id
    public UUID id;

    /** NFKC, whitespace removed: how a scheme is recognised again. */
    @Column(name = "name_key", nullable = false, unique = true)
    public String nameKey;

    @Column(nullable = false)
    public String name;

    public String summary;

    @Column(name = "ministry_code")
    public String ministryCode;

    @Column(name = "ministry_name")
    public String ministryName;

    public String office;

    @ElementCollection
    @CollectionTable(name = "award_scheme_prize", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "name", nullable = false)
    @BatchSize(size = 100)
    public List<String> prizes = new ArrayList<>();

    @Column(name = "prize_note")
    public String prizeNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "recruitment_method", nullable = false)
    public RecruitmentMethod recruitmentMethod;

    @Column(name = "recruitment_text")
    public String recruitmentText;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency_kind", nullable = false)
    public FrequencyKind frequencyKind;

    @Column(name = "frequency_text")
    public String frequencyText;

    @Column(name = "next_call_text")
    public String nextCallText;

    @Column(name = "next_call_from")
    public String nextCallFrom;

    @Column(name = "next_call_to")
    public String nextCallTo;

    @Column(name = "next_call_start")
    public LocalDate nextCallStart;

    @Column(name = "next_call_end")
    public LocalDate nextCallEnd;

    @Column(name = "next_call_from_month")
    public Integer nextCallFromMonth;

    @Column(name = "next_call_to_month")
    public Integer nextCallToMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchemeStatus status;

    public String note;

    @Column(name = "since_year")
    public Integer sinceYear;

    /** The data version of the last transaction that changed what its JSON shows (Flyway V4, commons IfMatch). */
    public long version;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "source_report_id")
    public UUID sourceReportId;

    @Column(name = "source_fiscal_year")
    public Integer sourceFiscalYear;

    @Column(name = "source_line_start")
    public Integer sourceLineStart;

    @Column(name = "source_line_end")
    public Integer sourceLineEnd;

    @Column(name = "source_page")
    public Integer sourcePage;

    @OneToMany(mappedBy = "scheme")
    @OrderBy("fiscalYear DESC, recordedAt DESC")
    @BatchSize(size = 100)
    public List<SchemeStatementEntity> statements = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
