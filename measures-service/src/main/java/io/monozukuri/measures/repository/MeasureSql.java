package io.monozukuri.measures.repository;

import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WHERE clause and the rank of a measure query over {@code measure me}, with every value bound as a named
 * parameter, never concatenated.
 */
final class MeasureSql {

    final String where;
    final String rank;
    private final Map<String, Object> params = new LinkedHashMap<>();

    MeasureSql(MeasureFilter f) {
        StringBuilder w = new StringBuilder("TRUE");
        if (f.report() != null) {
            w.append(" AND me.report_id = :report");
            params.put("report", f.report());
        }
        if (f.fiscalYear() != null) {
            w.append(" AND me.fiscal_year = :fiscalYear");
            params.put("fiscalYear", f.fiscalYear());
        }
        if (f.chapter() != null) {
            w.append(" AND me.chapter_number = :chapter");
            params.put("chapter", f.chapter());
        }
        if (f.section() != null) {
            w.append(" AND me.section_number = :section");
            params.put("section", f.section());
        }
        if (f.kind() != null) {
            w.append(" AND me.kind = :kind");
            params.put("kind", f.kind().name());
        }
        List<String> ministries = f.ministryCodes();
        for (int i = 0; i < ministries.size(); i++) {
            w.append(" AND EXISTS (SELECT 1 FROM measure_ministry mm WHERE mm.measure_id = me.id"
                            + " AND mm.ministry_code = :ministry")
                    .append(i)
                    .append(')');
            params.put("ministry" + i, ministries.get(i));
        }
        if (f.hasBody() != null) {
            w.append(" AND me.has_body = :hasBody");
            params.put("hasBody", f.hasBody());
        }
        if (f.hasBudget() != null) {
            w.append(f.hasBudget() ? " AND me.budget_count > 0" : " AND me.budget_count = 0");
        }
        if (f.minYen() != null) {
            w.append(" AND me.own_yen >= :minYen");
            params.put("minYen", f.minYen());
        }
        if (f.maxYen() != null) {
            w.append(" AND me.own_yen <= :maxYen");
            params.put("maxYen", f.maxYen());
        }
        if (f.awardScheme() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM measure_award_scheme mas WHERE mas.measure_id = me.id"
                    + " AND mas.scheme_id = :awardScheme)");
            params.put("awardScheme", f.awardScheme());
        }
        StringBuilder r = new StringBuilder("0");
        if (f.searching()) {
            String tsQuery = BigramQuery.bigramQuery(f.words());
            if (tsQuery != null) {
                // the GIN index narrows the candidates; position() below makes the match exact
                w.append(" AND me.search_vector @@ CAST(:tsQuery AS tsquery)");
                params.put("tsQuery", tsQuery);
                // The bigram vectors carry no positions, so ts_rank of a match depends on the query alone: it is
                // computed once, on the query's own bigrams (the same value), instead of reading and ranking the
                // stored vector of every match, which made search time grow with the number of hits.
                r.append(" + ts_rank(CAST(:tsGrams AS tsvector), CAST(:tsQuery AS tsquery))");
                params.put("tsGrams", BigramQuery.bigramVector(f.words()));
            }
            List<String> words = f.words();
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).codePointCount(0, words.get(i).length()) != 2) {
                    // a word of two characters is its own bigram: the index match is already exact
                    w.append(" AND position(:word").append(i).append(" IN me.search_text) > 0");
                }
                // a word in the title weighs more than a word in the description
                r.append(" + CASE WHEN position(:word").append(i).append(" IN me.search_title) > 0 THEN 1 ELSE 0 END");
                params.put("word" + i, words.get(i));
            }
        }
        this.where = w.toString();
        this.rank = "(" + r + ")";
    }

    /** Binds the parameters the statement uses (the rank's own ones are absent from counts and stats). */
    Query bind(Query query) {
        Set<String> used = new HashSet<>();
        query.getParameters().forEach(p -> used.add(p.getName()));
        params.forEach((name, value) -> {
            if (used.contains(name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /** A statement with {@code :name} parameters as JDBC takes it: {@code ?} in their places, their names in order. */
    private record Translated(String sql, List<String> names) {}

    /** Translations of the statements seen so far: a few hundred shapes (filters × sorts), each translated once. */
    private static final Map<String, Translated> TRANSLATED = new ConcurrentHashMap<>();

    private static final int MAX_TRANSLATED = 4096;

    /**
     * Prepares {@code statement} (written with this filter's named parameters, {@code :name}) for plain JDBC: each
     * {@code :name} becomes {@code ?}, bound in order. {@code extra} binds names that are not the filter's (limit,
     * offset). The statements never use {@code ::} casts.
     */
    PreparedStatement prepare(Connection connection, String statement, Map<String, Object> extra) throws SQLException {
        Translated translated = TRANSLATED.get(statement);
        if (translated == null) {
            translated = translate(statement);
            if (TRANSLATED.size() < MAX_TRANSLATED) {
                TRANSLATED.put(statement, translated);
            }
        }
        PreparedStatement prepared = connection.prepareStatement(translated.sql());
        List<String> names = translated.names();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            if (!params.containsKey(name) && !extra.containsKey(name)) {
                prepared.close();
                throw new IllegalArgumentException("unbound parameter :" + name);
            }
            prepared.setObject(k + 1, params.containsKey(name) ? params.get(name) : extra.get(name));
        }
        return prepared;
    }

    private static Translated translate(String statement) {
        StringBuilder sql = new StringBuilder(statement.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < statement.length()) {
            char c = statement.charAt(i);
            if (c == ':' && i + 1 < statement.length() && Character.isJavaIdentifierStart(statement.charAt(i + 1))) {
                int end = i + 1;
                while (end < statement.length() && Character.isJavaIdentifierPart(statement.charAt(end))) {
                    end++;
                }
                names.add(statement.substring(i + 1, end));
                sql.append('?');
                i = end;
            } else {
                sql.append(c);
                i++;
            }
        }
        return new Translated(sql.toString(), List.copyOf(names));
    }

    static String orderBy(MeasureSort sort, String rank) {
        StringBuilder order = new StringBuilder();
        for (MeasureSort.Order o : sort.orders()) {
            String dir = o.descending() ? " DESC" : " ASC";
            order.append(
                    switch (o.field()) {
                        case CODE -> "me.sort_key" + dir + ", me.fiscal_year DESC";
                        case TITLE -> "me.title" + dir;
                        case TOTAL_YEN -> "me.own_yen" + dir + " NULLS LAST";
                        case FISCAL_YEAR -> "me.fiscal_year" + dir;
                        case RELEVANCE -> rank + (o.descending() ? " ASC" : " DESC") + ", me.fiscal_year DESC";
                    });
            order.append(", ");
        }
        return order.append("me.sort_key, me.id").toString();
    }
}
