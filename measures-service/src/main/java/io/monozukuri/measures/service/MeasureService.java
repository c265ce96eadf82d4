package io.monozukuri.measures.service;

import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.commons.cache.PerVersion;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.commons.text.SearchText;
import io.monozukuri.contracts.Measure;
import io.monozukuri.measures.MinistryEntity;
import io.monozukuri.measures.api.MeasureStats;
import io.monozukuri.measures.api.StatsGroupBy;
import io.monozukuri.measures.config.MeasuresConfig;
import io.monozukuri.measures.mapping.MeasureMapper;
import io.monozukuri.measures.repository.MeasureFilter;
import io.monozukuri.measures.repository.MeasureRepository;
import io.monozukuri.measures.repository.MeasureRepository.Grouping;
import io.monozukuri.measures.repository.MeasureRow;
import io.monozukuri.measures.repository.MeasureSort;
import io.monozukuri.measures.repository.MinistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Reads of measures: lists, search, single measures, exports and stats. */
@ApplicationScoped
public class MeasureService {

    private final MeasureRepository measures;
    private final MinistryRepository ministries;
    private final MeasureMapper mapper;
    private final MeasuresConfig config;

    /**
     * Totals of list filters, per data version: the data change only on an import or a correction, so a total is
     * counted once per version and filter instead of once per request.
     */
    private final PerVersion<MeasureFilter, Long> totals;

    /** Stats answers by filter and grouping, per data version (stats read every matching measure). */
    private final PerVersion<StatsKey, MeasureStats> statsCache;

    private record StatsKey(MeasureFilter filter, StatsGroupBy groupBy) {}

    public MeasureService(
            MeasureRepository measures,
            MinistryRepository ministries,
            MeasureMapper mapper,
            MeasuresConfig config,
            DataVersion versions) {
        this.measures = measures;
        this.ministries = ministries;
        this.mapper = mapper;
        this.config = config;
        this.totals = new PerVersion<>(versions, 4096);
        this.statsCache = new PerVersion<>(versions, 256);
    }

    public PageResponse<Measure> list(MeasureFilter filter, MeasureSort sort, PageRequest page) {
        MeasureRepository.Page found = measures.findPage(filter, sort, page.offset(), page.size());
        List<MeasureRow> rows = found.rows();
        long total = found.total() >= 0
                ? found.total()
                : page.page() == 0 && rows.size() < page.size()
                        ? rows.size()
                        : totals.get(filter, () -> measures.count(filter));
        return PageResponse.of(toApi(rows, filter), page, total);
    }

    /** One measure, read in one statement without blocking (on the event loop that asked). */
    public CompletionStage<Measure> get(UUID id) {
        return measures.findRow(id)
                .map(row ->
                        row.map(mapper::toApi).orElseThrow(() -> ProblemException.notFound("No measure with id " + id)))
                .toCompletionStage();
    }

    /**
     * Every matching measure in the order of the list, one chunk of {@code measures.export.chunk-size} at a time, for
     * {@link Exports}: the same query as the pages, without their counts.
     */
    public List<Measure> exportChunk(MeasureFilter filter, MeasureSort sort, PageRequest chunk) {
        return toApi(measures.findRows(filter, sort, chunk.offset(), chunk.size()), filter);
    }

    /** Rows read per round trip by an export. */
    public int exportChunkSize() {
        return config.export().chunkSize();
    }

    public MeasureStats stats(MeasureFilter filter, StatsGroupBy groupBy) {
        return statsCache.get(new StatsKey(filter, groupBy), () -> computeStats(filter, groupBy));
    }

    private MeasureStats computeStats(MeasureFilter filter, StatsGroupBy groupBy) {
        Grouping grouping =
                switch (groupBy) {
                    case ministry -> Grouping.MINISTRY;
                    case chapter -> Grouping.CHAPTER;
                    case budgetType -> Grouping.BUDGET_TYPE;
                    case fiscalYear -> Grouping.FISCAL_YEAR;
                };
        Map<String, MinistryEntity> registry = groupBy == StatsGroupBy.ministry ? ministries.byCode() : Map.of();
        List<MeasureStats.Group> groups = groups(filter, grouping, registry);
        MeasureStats.Group total = groups(filter, Grouping.TOTAL, registry).stream()
                .findFirst()
                .map(g -> new MeasureStats.Group(
                        null,
                        null,
                        g.measureCount(),
                        g.repostedCount(),
                        g.ownYen(),
                        g.ownMeasureCount(),
                        g.partOfYen(),
                        g.partOfPoolCount(),
                        g.partOfMeasureCount()))
                .orElse(new MeasureStats.Group(null, null, 0, 0, 0, 0, 0, 0, 0));
        return new MeasureStats(groupBy, groups, total);
    }

    private List<MeasureStats.Group> groups(
            MeasureFilter filter, Grouping grouping, Map<String, MinistryEntity> registry) {
        Map<String, MeasureRepository.PoolRow> pools = new HashMap<>();
        measures.pools(filter, grouping).forEach(p -> pools.put(p.key(), p));
        List<MeasureStats.Group> groups = new ArrayList<>();
        for (MeasureRepository.StatsRow row : measures.stats(filter, grouping)) {
            MeasureRepository.PoolRow pool = pools.get(row.key());
            String label = row.label();
            if (grouping == Grouping.MINISTRY) {
                MinistryEntity m = row.key() == null ? null : registry.get(row.key());
                label = row.key() == null ? "府省の記載なし" : m == null ? row.key() : m.name;
            }
            groups.add(new MeasureStats.Group(
                    row.key(),
                    label,
                    row.measureCount(),
                    row.repostedCount(),
                    row.ownYen(),
                    row.ownMeasureCount(),
                    pool == null ? 0 : pool.partOfYen(),
                    pool == null ? 0 : pool.poolCount(),
                    row.partOfMeasureCount()));
        }
        Comparator<MeasureStats.Group> order =
                switch (grouping) {
                    case CHAPTER, FISCAL_YEAR -> Comparator.comparing(g -> Integer.parseInt(g.key()));
                    default -> Comparator.comparing(MeasureStats.Group::ownYen)
                            .reversed()
                            .thenComparing(g -> g.key() == null ? "~" : g.key());
                };
        groups.sort(order);
        return groups;
    }

    private List<Measure> toApi(List<MeasureRow> rows, MeasureFilter filter) {
        List<Measure> out = new ArrayList<>(rows.size());
        for (MeasureRow r : rows) {
            Measure m = mapper.toApi(r);
            if (filter.searching()) {
                int width = config.search().snippetWidth();
                String snippet = SearchText.snippet(r.description(), filter.words(), width);
                if (snippet == null) {
                    snippet = SearchText.snippet(r.title(), filter.words(), width);
                }
                double score = Math.round(r.score() * 10_000d) / 10_000d;
                m = m.withHit(snippet, score);
            }
            out.add(m);
        }
        return out;
    }
}
