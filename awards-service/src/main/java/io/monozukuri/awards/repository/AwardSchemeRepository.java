package io.monozukuri.awards.repository;

import io.monozukuri.awards.AwardSchemeEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class AwardSchemeRepository implements PanacheRepositoryBase<AwardSchemeEntity, UUID> {

    private static final String ROWS = "SELECT s.id, s.name, s.summary, s.ministry_code, s.ministry_name, s.office,"
            + " s.prize_note, s.recruitment_method, s.recruitment_text, s.frequency_kind, s.frequency_text,"
            + " s.next_call_text, s.next_call_from, s.next_call_to, s.status, s.note, s.since_year, s.source_report_id,"
            + " s.source_fiscal_year, s.source_line_start, s.source_line_end, s.source_page,"
            + " (SELECT CAST(json_agg(p.name ORDER BY p.ordinal) AS text) FROM award_scheme_prize p"
            + " WHERE p.scheme_id = s.id),"
            + " (SELECT CAST(json_agg(json_build_array(st.report_id, st.fiscal_year, st.line_start, st.line_end, st.page)"
            + " ORDER BY st.fiscal_year DESC, st.recorded_at DESC) AS text) FROM scheme_statement st"
            + " WHERE st.scheme_id = s.id), s.version"
            + " FROM award_scheme s WHERE s.id = ANY (?)";

    private final DataSource dataSource;

    public AwardSchemeRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One scheme with its prizes and statements, in one statement. */
    public Optional<AwardSchemeRow> findRow(UUID id) {
        List<AwardSchemeRow> rows = findRows(List.of(id));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The schemes with these ids, in the order of the ids, each with its prizes and statements: one statement. */
    public List<AwardSchemeRow> findRows(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, AwardSchemeRow> byId = new HashMap<>();
        // plain JDBC: no query plan of Hibernate's, and no column metadata round trip of a native query
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(ROWS)) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    byId.put(
                            id,
                            new AwardSchemeRow(
                                    id,
                                    r.getString(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5),
                                    r.getString(6),
                                    r.getString(7),
                                    r.getString(8),
                                    r.getString(9),
                                    r.getString(10),
                                    r.getString(11),
                                    r.getString(12),
                                    r.getString(13),
                                    r.getString(14),
                                    r.getString(15),
                                    r.getString(16),
                                    r.getObject(17, Integer.class),
                                    r.getObject(18, UUID.class),
                                    r.getObject(19, Integer.class),
                                    r.getObject(20, Integer.class),
                                    r.getObject(21, Integer.class),
                                    r.getObject(22, Integer.class),
                                    r.getString(23),
                                    r.getString(24),
                                    r.getLong(25)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading award schemes failed", e);
        }
        List<AwardSchemeRow> ordered = new ArrayList<>(byId.size());
        for (UUID id : ids) {
            AwardSchemeRow row = byId.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    public Optional<AwardSchemeEntity> findByNameKey(String nameKey) {
        return find("nameKey", nameKey).firstResultOptional();
    }

    public PanacheQuery<AwardSchemeEntity> search(SchemeFilter filter, Sort sort) {
        Where where = new Where();
        if (filter.ministryCodes() != null || filter.ministryName() != null) {
            where.and("upper(ministryCode) in :ministryCodes or ministryName = :ministryName")
                    .bind("ministryCodes", filter.ministryCodes())
                    .bind("ministryName", filter.ministryName());
        }
        if (filter.frequency() != null) {
            where.and("frequencyKind = :frequency").bind("frequency", filter.frequency());
        }
        if (filter.recruitment() != null) {
            where.and("recruitmentMethod = :recruitment").bind("recruitment", filter.recruitment());
        }
        if (filter.status() != null) {
            where.and("status = :status").bind("status", filter.status());
        }
        for (int i = 0; i < filter.terms().size(); i++) {
            where.and("searchText like :q" + i + " escape '\\'")
                    .bind("q" + i, Where.contains(filter.terms().get(i)));
        }
        if (filter.openOn() != null) {
            where.and("(nextCallStart <= :openOn and nextCallEnd >= :openOn)"
                            + " or (nextCallFromMonth <= nextCallToMonth"
                            + "     and :openMonth between nextCallFromMonth and nextCallToMonth)"
                            + " or (nextCallFromMonth > nextCallToMonth"
                            + "     and (:openMonth >= nextCallFromMonth or :openMonth <= nextCallToMonth))")
                    .bind("openOn", filter.openOn())
                    .bind("openMonth", filter.openOn().getMonthValue());
        }
        if (filter.report() != null) {
            where.and("id in (select st.scheme.id from SchemeStatementEntity st where st.report.id = :report)")
                    .bind("report", filter.report());
        }
        return find(where.query(), sort, where.parameters());
    }
}
