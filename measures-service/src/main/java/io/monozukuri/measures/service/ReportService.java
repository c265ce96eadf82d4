package io.monozukuri.measures.service;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.contracts.MeasureKind;
import io.monozukuri.measures.MeasureEntity;
import io.monozukuri.measures.OutlineHeadingEntity;
import io.monozukuri.measures.ReportEntity;
import io.monozukuri.measures.api.Outline;
import io.monozukuri.measures.api.Report;
import io.monozukuri.measures.mapping.MeasureMapper;
import io.monozukuri.measures.repository.MeasureRepository;
import io.monozukuri.measures.repository.OutlineHeadingRepository;
import io.monozukuri.measures.repository.ReportRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Reads of reports and their outline. */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final MeasureRepository measures;
    private final OutlineHeadingRepository headings;
    private final MeasureMapper mapper;

    public ReportService(
            ReportRepository reports,
            MeasureRepository measures,
            OutlineHeadingRepository headings,
            MeasureMapper mapper) {
        this.reports = reports;
        this.measures = measures;
        this.headings = headings;
        this.mapper = mapper;
    }

    public PageResponse<Report> list(PageRequest page) {
        var query = reports.findAll(Sort.descending("fiscalYear").and("title").and("id"));
        long total = query.count();
        List<ReportEntity> found = query.page(Page.of(page.page(), page.size())).list();
        return PageResponse.of(withCounts(found), page, total);
    }

    public Report get(UUID id) {
        ReportEntity report =
                reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No report with id " + id));
        return withCounts(List.of(report)).get(0);
    }

    private List<Report> withCounts(List<ReportEntity> found) {
        List<UUID> ids = found.stream().map(r -> r.id).toList();
        Map<UUID, Object[]> counts = measures.countsByReport(ids);
        Map<UUID, long[]> outline = headings.countsByReport(ids);
        return found.stream()
                .map(r -> {
                    Object[] c = counts.get(r.id);
                    long[] o = outline.getOrDefault(r.id, new long[2]);
                    Report.Counts rc = c == null
                            ? new Report.Counts(o[0], o[1], 0, 0, 0, 0, 0, 0, 0, 0)
                            : new Report.Counts(
                                    o[0], o[1], n(c[1]), n(c[2]), n(c[3]), n(c[4]), n(c[5]), n(c[6]), n(c[7]), n(c[8]));
                    return mapper.toApi(r, rc);
                })
                .toList();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    /** The whole tree of a report in one answer. */
    public Outline outline(UUID id) {
        ReportEntity report =
                reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No report with id " + id));
        // chapters and sections as printed, then the measures hung under them by parent id
        Map<Integer, ChapterBuilder> chapters = new TreeMap<>();
        for (OutlineHeadingEntity h : headings.listByReport(id)) {
            ChapterBuilder c = chapters.computeIfAbsent(h.chapterNumber, n -> new ChapterBuilder(n, null));
            if (h.sectionNumber == null) {
                c.title = h.title;
            } else {
                c.section(h.sectionNumber, h.title);
            }
        }
        List<MeasureEntity> all = measures.listByReport(id);
        Map<UUID, List<MeasureEntity>> children = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        all.forEach(m -> ids.add(m.id));
        for (MeasureEntity m : all) {
            if (m.parentId != null) {
                children.computeIfAbsent(m.parentId, k -> new ArrayList<>()).add(m);
            }
        }
        for (MeasureEntity m : all) {
            if (m.parentId == null || !ids.contains(m.parentId)) {
                ChapterBuilder c =
                        chapters.computeIfAbsent(m.chapterNumber, n -> new ChapterBuilder(n, m.chapterTitle));
                if (c.title == null) {
                    c.title = m.chapterTitle;
                }
                c.section(m.sectionNumber, m.sectionTitle).nodes.add(node(m, children));
            }
        }
        List<Outline.Chapter> tree = chapters.values().stream()
                .map(c -> new Outline.Chapter(
                        c.number,
                        c.title,
                        c.sections.values().stream()
                                .map(s -> new Outline.Section(s.number, s.title, s.nodes))
                                .toList()))
                .toList();
        return new Outline(report.id, report.title, report.fiscalYear, tree);
    }

    private static Outline.Node node(MeasureEntity m, Map<UUID, List<MeasureEntity>> children) {
        Integer number =
                m.kind == MeasureKind.SUBSECTION ? m.subsectionNumber : m.kind == MeasureKind.ITEM ? m.item : m.subitem;
        List<Outline.Node> kids = children.getOrDefault(m.id, List.of()).stream()
                .map(k -> node(k, children))
                .toList();
        return new Outline.Node(m.id, m.code, m.kind, number, m.title, m.ownYen, m.reposted, kids);
    }

    private static final class ChapterBuilder {
        final int number;
        String title;
        final Map<Integer, SectionBuilder> sections = new TreeMap<>((a, b) -> Integer.compare(a, b));

        ChapterBuilder(int number, String title) {
            this.number = number;
            this.title = title;
        }

        SectionBuilder section(Integer number, String title) {
            // measures outside any section go under key -1, shown with a null number, before the sections
            SectionBuilder s = sections.computeIfAbsent(number == null ? -1 : number, n -> new SectionBuilder(number));
            if (s.title == null) {
                s.title = title;
            }
            return s;
        }
    }

    private static final class SectionBuilder {
        final Integer number;
        String title;
        final List<Outline.Node> nodes = new ArrayList<>();

        SectionBuilder(Integer number) {
            this.number = number;
        }
    }
}
