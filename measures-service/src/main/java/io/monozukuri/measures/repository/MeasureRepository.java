package io.monozukuri.measures.repository;

import io.monozukuri.measures.MeasureEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<MeasureEntity, UUID> {

    private final DataSource dataSource;
    private final Pool pool;

    public MeasureRepository(DataSource dataSource, Pool pool) {
        this.dataSource = dataSource;
        this.pool = pool;
    }

    /**
     * The columns of {@link MeasureRow} over {@code me}, the aggregates last: budgets, ministries with the registry's
     * names, award-scheme links, each a JSON array that PostgreSQL keeps with the measure (Flyway V5: made again by
     * triggers whenever one of those rows or a registry name changes), so that a read is one index lookup on measure.
     */
    private static final String COLUMNS = "me.id, me.report_id, me.fiscal_year, me.code, me.kind, me.chapter_number,"
            + " me.chapter_title, me.section_number, me.section_title, me.subsection_number, me.subsection_title, me.item,"
            + " me.subitem, me.parent_id, me.title, me.description, me.budget_text, me.part_of, me.pool, me.reposted,"
            + " me.has_body, me.line_start, me.line_end, me.page, me.own_yen, me.part_of_yen, me.corrected, me.version,"
            + " me.budgets_json, me.ministries_json, me.award_schemes_json";

    private static final String BY_ID = "SELECT " + COLUMNS + ", CAST(0 AS float8) FROM measure me WHERE me.id = $1";

    /**
     * One measure with everything the API shows of it, in one statement, without blocking: through the reactive client
     * on the caller's event loop (no worker thread, no persistence context), the statement prepared once per
     * connection. The plain Vert.x API, not Mutiny's: nothing here needs a context propagated, and capturing one per
     * step was a measurable part of this read. Fails with the client's own exception when the database cannot be
     * reached ({@code commons/problem/Unavailable} knows them).
     */
    public Future<Optional<MeasureRow>> findRow(UUID id) {
        return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            return it.hasNext() ? Optional.of(row(it.next())) : Optional.empty();
        });
    }

    /** A page of rows, and the number of all matches when it came with them ({@code -1} when not). */
    public record Page(List<MeasureRow> rows, long total) {}

    /**
     * A page of matching measures with everything the API shows of them, in one statement that walks the index of the
     * order (see Flyway V3) to the page. A search reads (and ranks) every match anyway, so its page carries the count
     * of all matches, taken in the same pass ({@code count(*) OVER ()}); other lists take their total from
     * {@link #count}.
     */
    public Page findPage(MeasureFilter filter, MeasureSort sort, long offset, int limit) {
        return query(filter, sort, offset, limit, filter.searching());
    }

    /** Rows for an export chunk (no total); inside a transaction, on its connection. */
    public List<MeasureRow> findRows(MeasureFilter filter, MeasureSort sort, long offset, int limit) {
        return query(filter, sort, offset, limit, false).rows();
    }

    private Page query(MeasureFilter filter, MeasureSort sort, long offset, int limit, boolean withTotal) {
        MeasureSql sql = new MeasureSql(filter);
        String statement = pageStatement(sql, sort, withTotal);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = sql.prepare(c, statement, Map.of("limit", limit, "offset", offset));
                ResultSet rs = s.executeQuery()) {
            List<MeasureRow> rows = new ArrayList<>(Math.min(limit, 500));
            long total = -1;
            while (rs.next()) {
                rows.add(row(rs));
                if (withTotal) {
                    total = rs.getLong(33);
                }
            }
            return new Page(rows, total);
        } catch (SQLException e) {
            throw new IllegalStateException("reading a page of measures failed", e);
        }
    }

    /** The statement of a page (named parameters: the filter's, {@code :limit}, {@code :offset}). */
    static String pageStatement(MeasureSql sql, MeasureSort sort, boolean withTotal) {
        return "SELECT " + COLUMNS + ", " + sql.rank + " AS score" + (withTotal ? ", count(*) OVER () AS total" : "")
                + " FROM measure me WHERE " + sql.where + " ORDER BY " + MeasureSql.orderBy(sort, sql.rank)
                + " LIMIT :limit OFFSET :offset";
    }

    /** The columns of a statement's row by position from 0, whichever client read it. */
    @FunctionalInterface
    interface Columns {
        <T> T get(int position, Class<T> type);
    }

    private static MeasureRow row(ResultSet rs) {
        return row(new Columns() {
            @Override
            public <T> T get(int position, Class<T> type) {
                try {
                    if (type == Double.class) { // the rank: real, or an integer when there is no search
                        double d = rs.getDouble(position + 1);
                        return type.cast(rs.wasNull() ? null : d);
                    }
                    return rs.getObject(position + 1, type);
                } catch (SQLException e) {
                    throw new IllegalStateException("reading column " + (position + 1) + " failed", e);
                }
            }
        });
    }

    private static MeasureRow row(Row r) {
        return row(new Columns() {
            @Override
            public <T> T get(int position, Class<T> type) {
                return r.get(type, position);
            }
        });
    }

    private static MeasureRow row(Columns c) {
        return new MeasureRow(
                c.get(0, UUID.class),
                c.get(1, UUID.class),
                c.get(2, Integer.class),
                c.get(3, String.class),
                c.get(4, String.class),
                c.get(5, Integer.class),
                c.get(6, String.class),
                c.get(7, Integer.class),
                c.get(8, String.class),
                c.get(9, Integer.class),
                c.get(10, String.class),
                c.get(11, Integer.class),
                c.get(12, Integer.class),
                c.get(13, UUID.class),
                c.get(14, String.class),
                c.get(15, String.class),
                c.get(16, String.class),
                c.get(17, Boolean.class),
                c.get(18, String.class),
                c.get(19, String.class),
                c.get(20, Boolean.class),
                c.get(21, Integer.class),
                c.get(22, Integer.class),
                c.get(23, Integer.class),
                c.get(24, Long.class),
                c.get(25, Long.class),
                c.get(26, Boolean.class),
                c.get(27, Long.class),
                c.get(28, String.class),
                c.get(29, String.class),
                c.get(30, String.class),
                c.get(31, Double.class));
    }

    public long count(MeasureFilter filter) {
        MeasureSql sql = new MeasureSql(filter);
        Object n = sql.bind(getEntityManager().createNativeQuery("SELECT count(*) FROM measure me WHERE " + sql.where))
                .getSingleResult();
        return ((Number) n).longValue();
    }

    public List<MeasureEntity> listByReport(UUID reportId) {
        return list("reportId = ?1 order by sortKey", reportId);
    }

    /** Gives the measures of these ministries a new version (their ministries' names, which they show, changed). */
    public int setVersionOfMinistries(Collection<String> codes, long version) {
        return getEntityManager()
                .createNativeQuery("UPDATE measure SET version = :version WHERE version <> :version AND id IN"
                        + " (SELECT measure_id FROM measure_ministry WHERE ministry_code IN (:codes))")
                .setParameter("version", version)
                .setParameter("codes", codes)
                .executeUpdate();
    }

    public long deleteByReport(UUID reportId) {
        // the database cascades to budgets, ministries and award scheme links
        return getEntityManager()
                .createNativeQuery("DELETE FROM measure WHERE report_id = :report")
                .setParameter("report", reportId)
                .executeUpdate();
    }

    /** Measure-level sums of one group of {@code GET /api/v1/measures/stats}. */
    public record StatsRow(
            String key,
            String label,
            long measureCount,
            long repostedCount,
            long ownYen,
            long ownMeasureCount,
            long partOfMeasureCount) {}

    /** Pool-level sums of one group: each distinct 内数 pool once. */
    public record PoolRow(String key, long partOfYen, long poolCount) {}

    /** How a stats grouping joins and keys the filtered measures {@code m}. */
    public enum Grouping {
        TOTAL("'total'", "NULL", ""),
        MINISTRY(
                "g.ministry_code",
                "NULL",
                "LEFT JOIN (SELECT DISTINCT measure_id, ministry_code FROM measure_ministry) g ON g.measure_id = m.id"),
        CHAPTER("CAST(m.chapter_number AS varchar)", "min(m.chapter_title)", ""),
        FISCAL_YEAR("CAST(m.fiscal_year AS varchar)", "NULL", ""),
        /** by budget line: handled apart, see {@link #stats} */
        BUDGET_TYPE("b.type", "NULL", "");

        final String key;
        final String label;
        final String join;

        Grouping(String key, String label, String join) {
            this.key = key;
            this.label = label;
            this.join = join;
        }
    }

    private static final String FILTERED = "WITH m AS (SELECT me.id, me.report_id, me.fiscal_year, me.chapter_number,"
            + " me.chapter_title, me.reposted, me.own_yen, me.part_of, me.part_of_yen, me.pool FROM measure me WHERE ";

    /**
     * Sums per group. Re-listed measures (reposted not null) are counted apart and never summed; a measure's
     * own money is its {@code own_yen}; for budget types the lines themselves are summed.
     */
    public List<StatsRow> stats(MeasureFilter filter, Grouping grouping) {
        MeasureSql sql = new MeasureSql(filter);
        String select;
        if (grouping == Grouping.BUDGET_TYPE) {
            select = "SELECT b.type, NULL, count(DISTINCT m.id) FILTER (WHERE m.reposted IS NULL),"
                    + " count(DISTINCT m.id) FILTER (WHERE m.reposted IS NOT NULL),"
                    + " coalesce(sum(b.amount_yen) FILTER (WHERE m.reposted IS NULL AND NOT b.part_of), 0),"
                    + " count(DISTINCT m.id) FILTER (WHERE m.reposted IS NULL AND NOT b.part_of"
                    + " AND b.amount_yen IS NOT NULL),"
                    + " count(DISTINCT m.id) FILTER (WHERE m.reposted IS NULL AND b.part_of)"
                    + " FROM m JOIN measure_budget b ON b.measure_id = m.id GROUP BY b.type";
        } else {
            select = "SELECT " + grouping.key + ", " + grouping.label + ", count(*) FILTER (WHERE m.reposted IS NULL),"
                    + " count(*) FILTER (WHERE m.reposted IS NOT NULL),"
                    + " coalesce(sum(m.own_yen) FILTER (WHERE m.reposted IS NULL), 0),"
                    + " count(m.own_yen) FILTER (WHERE m.reposted IS NULL),"
                    + " count(*) FILTER (WHERE m.reposted IS NULL AND (m.part_of OR m.part_of_yen IS NOT NULL))"
                    + " FROM m " + grouping.join + " GROUP BY 1";
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.bind(getEntityManager().createNativeQuery(FILTERED + sql.where + ") " + select))
                .getResultList();
        return rows.stream()
                .map(r -> new StatsRow(
                        r[0] == null ? null : r[0].toString(),
                        r[1] == null ? null : r[1].toString(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue()))
                .toList();
    }

    /**
     * The distinct 内数 pools with an amount per group. Pools are told apart by report, named pool, amount,
     * type and label, so that several measures sharing one pool count it once.
     */
    public List<PoolRow> pools(MeasureFilter filter, Grouping grouping) {
        MeasureSql sql = new MeasureSql(filter);
        String join = grouping == Grouping.BUDGET_TYPE ? "" : grouping.join;
        String select = "SELECT key, coalesce(sum(amount_yen), 0), count(*) FROM (SELECT DISTINCT " + grouping.key
                + " AS key, m.report_id, b.type, coalesce(b.label, '') AS label, b.amount_yen,"
                + " coalesce(m.pool, '') AS pool FROM m " + join + " JOIN measure_budget b ON b.measure_id = m.id"
                + " WHERE b.part_of AND b.amount_yen IS NOT NULL AND m.reposted IS NULL) p GROUP BY key";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.bind(getEntityManager().createNativeQuery(FILTERED + sql.where + ") " + select))
                .getResultList();
        return rows.stream()
                .map(r -> new PoolRow(
                        r[0] == null ? null : r[0].toString(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue()))
                .toList();
    }

    /** Measures per report and kind, and a few other counts, for the reports given. */
    public Map<UUID, Object[]> countsByReport(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT report_id, count(*), count(*) FILTER (WHERE kind = 'SUBSECTION'),"
                        + " count(*) FILTER (WHERE kind = 'ITEM'), count(*) FILTER (WHERE kind = 'SUBITEM'),"
                        + " count(*) FILTER (WHERE budget_count > 0), count(*) FILTER (WHERE reposted IS NOT NULL),"
                        + " count(*) FILTER (WHERE corrected), coalesce(sum(own_yen) FILTER (WHERE reposted IS NULL), 0)"
                        + " FROM measure WHERE report_id IN (:ids) GROUP BY report_id")
                .setParameter("ids", reportIds)
                .getResultList();
        Map<UUID, Object[]> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], r));
        return counts;
    }

    /** How many measures name each ministry, and every short form printed for it. */
    public List<Object[]> ministryUsage() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT ministry_code, count(DISTINCT measure_id),"
                        + " string_agg(DISTINCT short_name, chr(31)) FROM measure_ministry GROUP BY ministry_code")
                .getResultList();
        return rows;
    }
}
