package io.monozukuri.measures.service;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.commons.text.SearchText;
import io.monozukuri.contracts.Measure;
import io.monozukuri.measures.MeasureEntity;
import io.monozukuri.measures.MinistryEntity;
import io.monozukuri.measures.api.MeasureStats;
import io.monozukuri.measures.api.StatsGroupBy;
import io.monozukuri.measures.config.MeasuresConfig;
import io.monozukuri.measures.mapping.MeasureMapper;
import io.monozukuri.measures.repository.DataVersionRepository;
import io.monozukuri.measures.repository.MeasureFilter;
import io.monozukuri.measures.repository.MeasureRepository;
import io.monozukuri.measures.repository.MeasureRepository.Grouping;
import io.monozukuri.measures.repository.MeasureRepository.Hit;
import io.monozukuri.measures.repository.MeasureSort;
import io.monozukuri.measures.repository.MinistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads of measures: lists, search, single measures, exports and stats. */
@ApplicationScoped
public class MeasureService {

    private final MeasureRepository measures;
    private final MinistryRepository ministries;
    private final MeasureMapper mapper;
    private final MeasuresConfig config;
    private final DataVersionRepository versions;

    /**
     * Stats answers by filter and grouping, for one data version. Stats read every matching measure (the whole
     * data set when unfiltered), but the data only change on an import or a correction, which bump the version:
     * the version is read first, so an entry never holds data older than its version, and a new version empties
     * the cache. Bounded; the least recently used entry goes first.
     */
    private final Map<StatsKey, MeasureStats> statsCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StatsKey, MeasureStats> eldest) {
            return size() > STATS_CACHE_SIZE;
        }
    };

    private long statsCacheVersion = Long.MIN_VALUE;

    private static final int STATS_CACHE_SIZE = 256;

    private record StatsKey(MeasureFilter filter, StatsGroupBy groupBy) {}

    public MeasureService(
            MeasureRepository measures,
            MinistryRepository ministries,
            MeasureMapper mapper,
            MeasuresConfig config,
            DataVersionRepository versions) {
        this.measures = measures;
        this.ministries = ministries;
        this.mapper = mapper;
        this.config = config;
        this.versions = versions;
    }

    public PageResponse<Measure> list(MeasureFilter filter, MeasureSort sort, PageRequest page) {
        MeasureRepository.Page found = measures.findPage(filter, sort, page.offset(), page.size());
        List<Hit> hits = found.hits();
        long total = found.total() >= 0
                ? found.total()
                : page.page() == 0 && hits.size() < page.size() ? hits.size() : measures.count(filter);
        return PageResponse.of(toApi(hits, filter), page, total);
    }

    public Measure get(UUID id) {
        MeasureEntity measure =
                measures.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No measure with id " + id));
        return mapper.toApi(measure, ministries.byCode());
    }

    /**
     * Every matching measure in the order of the list, one chunk of {@code measures.export.chunk-size} at a time, for
     * {@link Exports}: the same query as the pages, without their counts.
     */
    public List<Measure> exportChunk(MeasureFilter filter, MeasureSort sort, PageRequest chunk) {
        return toApi(measures.findHits(filter, sort, chunk.offset(), chunk.size()), filter);
    }

    /** Rows read per round trip by an export. */
    public int exportChunkSize() {
        return config.export().chunkSize();
    }

    public MeasureStats stats(MeasureFilter filter, StatsGroupBy groupBy) {
        long version = versions.current();
        StatsKey key = new StatsKey(filter, groupBy);
        synchronized (statsCache) {
            if (version > statsCacheVersion) {
                statsCache.clear();
                statsCacheVersion = version;
            }
            MeasureStats cached = version == statsCacheVersion ? statsCache.get(key) : null;
            if (cached != null) {
                return cached;
            }
        }
        MeasureStats stats = computeStats(filter, groupBy);
        synchronized (statsCache) {
            if (version == statsCacheVersion) {
                statsCache.put(key, stats);
            }
        }
        return stats;
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

    private List<Measure> toApi(List<Hit> hits, MeasureFilter filter) {
        if (hits.isEmpty()) {
            return List.of();
        }
        List<MeasureEntity> entities =
                measures.findAllByIds(hits.stream().map(Hit::id).toList());
        Map<UUID, Double> scores = hits.stream().collect(Collectors.toMap(Hit::id, Hit::score));
        Map<String, MinistryEntity> registry = ministries.byCode();
        List<Measure> out = new ArrayList<>(entities.size());
        for (MeasureEntity e : entities) {
            Measure m = mapper.toApi(e, registry);
            if (filter.searching()) {
                int width = config.search().snippetWidth();
                String snippet = SearchText.snippet(e.description, filter.words(), width);
                if (snippet == null) {
                    snippet = SearchText.snippet(e.title, filter.words(), width);
                }
                double score = Math.round(scores.get(e.id) * 10_000d) / 10_000d;
                m = m.withHit(snippet, score);
            }
            out.add(m);
        }
        return out;
    }
}
