package io.monozukuri.measures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A chapter ({@code sectionNumber == null}) or a section heading of a report. */
@Entity
@Table(name = "outline_heading")
public class OutlineHeadingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "chapter_number")
    public int chapterNumber;

    @Column(name = "section_number")
    public Integer sectionNumber;

    public String title;

    public int position;
}
