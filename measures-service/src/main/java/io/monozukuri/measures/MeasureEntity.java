package io.monozukuri.measures;

import io.monozukuri.contracts.MeasureKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One numbered heading (subsection, item or sub-item) of a report. */
@Entity
@Table(name = "measure")
public class MeasureEntity {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    public String code;

    /** Zero-padded numbers of every level, so that string order is the natural order of the report. */
    @Column(name = "sort_key")
    public String sortKey;

    @Enumerated(EnumType.STRING)
    public MeasureKind kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "chapter_number")
    public int chapterNumber;

    @Column(name = "chapter_title")
    public String chapterTitle;

    @Column(name = "section_number")
    public Integer sectionNumber;

    @Column(name = "section_title")
    public String sectionTitle;

    @Column(name = "subsection_number")
    public Integer subsectionNumber;

    @Column(name = "subsection_title")
    public String subsectionTitle;

    public Integer item;

    public Integer subitem;

    public String title;

    public String description;

    @Column(name = "budget_text")
    public String budgetText;

    @Column(name = "part_of")
    public boolean partOf;

    public String pool;

    public String reposted;

    @Column(name = "has_body")
    public boolean hasBody;

    @Column(name = "line_start")
    public Integer lineStart;

    @Column(name = "line_end")
    public Integer lineEnd;

    public Integer page;

    /** The measure's own money (see {@link io.monozukuri.measures.service.BudgetRules}); null without any. */
    @Column(name = "own_yen")
    public Long ownYen;

    /** The sum of the pools it receives a share of (の内数); null without any amount. */
    @Column(name = "part_of_yen")
    public Long partOfYen;

    @Column(name = "budget_count")
    public int budgetCount;

    public boolean corrected;

    /**
     * The data version of the transaction that last changed the measure (see Flyway V4 and commons {@code IfMatch}):
     * set by every write of it, checked against If-Match under the row lock.
     */
    public long version;

    @Column(name = "search_title")
    public String searchTitle;

    @Column(name = "search_text")
    public String searchText;

    @ElementCollection
    @CollectionTable(name = "measure_budget", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    public List<BudgetLine> budgets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "measure_ministry", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    public List<MeasureMinistry> ministries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "measure_award_scheme", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    public List<MeasureAwardScheme> awardSchemes = new ArrayList<>();
}
