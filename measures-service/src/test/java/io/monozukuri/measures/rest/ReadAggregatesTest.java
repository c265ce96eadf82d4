package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The budgets, ministries and award-scheme links a read shows are kept with each measure (Flyway V5) and made again by
 * triggers on every write. Invariant after every kind of write the service makes (import, re-import, corrections of
 * budgets and ministries, a registry rename): each measure's kept arrays are exactly what aggregating
 * its rows gives now; and the API shows the change at once.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class ReadAggregatesTest {

    /** Measures whose kept arrays differ from their rows (the aggregation of V5, run now). */
    private static final String STALE = "SELECT count(*) FROM measure me WHERE"
            + " me.budgets_json IS DISTINCT FROM (SELECT CAST(json_agg(json_build_array(b.amount_yen, b.label, b.type,"
            + " b.approximate, b.part_of) ORDER BY b.position) AS text) FROM measure_budget b WHERE b.measure_id = me.id)"
            + " OR me.ministries_json IS DISTINCT FROM (SELECT CAST(json_agg(json_build_array(mm.ministry_code,"
            + " coalesce(mi.name, mm.ministry_code), mm.short_name, mi.name_en) ORDER BY mm.position) AS text)"
            + " FROM measure_ministry mm LEFT JOIN ministry mi ON mi.code = mm.ministry_code WHERE mm.measure_id = me.id)"
            + " OR me.award_schemes_json IS DISTINCT FROM (SELECT CAST(json_agg(json_build_array(a.scheme_id, a.name)"
            + " ORDER BY a.position) AS text) FROM measure_award_scheme a WHERE a.measure_id = me.id)";

    @Inject
    DataSource dataSource;

    @Test
    void keptArraysFollowEveryWrite() throws SQLException {
        ObjectNode body = Fixtures.report(2041);
        UUID report = Fixtures.importNew(body);
        UUID other = Fixtures.importNew(Fixtures.report(2042));
        assertFresh("after two imports");
        assertThat(count("SELECT count(*) FROM measure WHERE budgets_json IS NOT NULL"))
                .as("the import's measures have their budgets kept")
                .isGreaterThan(5);

        UUID id = Fixtures.measureId(report, "1-1-1-(2)-①");
        String path = "/api/v1/measures/" + id;
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"budgets\": [{\"amountYen\": 5000000, \"label\": \"当初\", \"type\": \"INITIAL\","
                        + " \"approximate\": false, \"partOf\": false}], \"ministries\": [\"MEXT\", \"METI\"],"
                        + " \"note\": \"test\"}")
                .patch(path)
                .then()
                .statusCode(200);
        assertFresh("after a correction of budgets and ministries");
        given().get(path)
                .then()
                .statusCode(200)
                .body("budgets.amountYen", contains(5000000))
                .body("ministries.code", contains("MEXT", "METI"));

        // a re-import under the same id: rows deleted and written again, corrections re-applied; one measure loses its
        // ministries, another gets an award-scheme link; the registry's English name of METI changes
        ObjectNode again = Fixtures.report(2041);
        ((ArrayNode) Fixtures.measure(again, "1-1-1-(2)-②").withArray("ministries")).removeAll();
        Fixtures.measure(again, "1-1-1-(2)-③")
                .withArray("awardSchemes")
                .addObject()
                .put("id", UUID.randomUUID().toString())
                .put("name", "試験賞");
        for (var m : (ArrayNode) again.get("measures")) {
            for (var ministry : m.withArray("ministries")) {
                if ("METI".equals(ministry.get("code").asText())) {
                    ((ObjectNode) ministry).put("nameEn", "METI, renamed");
                }
            }
        }
        assertThat(Fixtures.importReport(report, again)).isEqualTo(200);
        assertFresh("after a re-import that renames a ministry");
        given().get(path)
                .then()
                .statusCode(200)
                .body("budgets.amountYen", contains(5000000))
                .body("ministries[1].nameEn", equalTo("METI, renamed"));
        given().get("/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-②"))
                .then()
                .statusCode(200)
                .body("ministries", empty());
        given().get("/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-③"))
                .then()
                .statusCode(200)
                .body("awardSchemes.name", contains("試験賞"));

        // the other report's measures naming METI show the new name too: the rename reached them through the registry
        assertThat(count("SELECT count(*) FROM measure WHERE report_id = '" + other + "'"
                        + " AND ministries_json LIKE '%METI%' AND ministries_json NOT LIKE '%METI, renamed%'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM measure WHERE report_id = '" + other + "'"
                        + " AND ministries_json LIKE '%METI, renamed%'"))
                .isPositive();
    }

    private void assertFresh(String when) throws SQLException {
        assertThat(count("SELECT count(*) FROM measure")).as(when).isPositive();
        assertThat(count(STALE)).as("measures with stale kept arrays " + when).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
