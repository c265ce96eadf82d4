package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class AwardSchemeIngestTest {

    private static long totalSchemes() {
        return given().get("/api/v1/award-schemes?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    @Test
    void ingestingTheSameReportTwiceLeavesFifteenSchemes() {
        Map<String, String> first = Fixtures.ingestSample();
        long total = totalSchemes();

        List<Map<String, Object>> again = Fixtures.put(Fixtures.SAMPLE_REPORT, Fixtures.sampleJson())
                .then()
                .statusCode(200)
                .body("reportId", equalTo(Fixtures.SAMPLE_REPORT.toString()))
                .body("schemes", hasSize(15))
                .body("removed", equalTo(0))
                .extract()
                .jsonPath()
                .getList("schemes");

        assertThat(again).allSatisfy(item -> assertThat(item.get("created")).isEqualTo(false));
        Map<String, String> second = new HashMap<>();
        again.forEach(i -> second.put((String) i.get("name"), (String) i.get("id")));
        assertThat(second).isEqualTo(first);
        assertThat(first).hasSize(15);
        assertThat(totalSchemes()).isEqualTo(total);
        given().get("/api/v1/award-schemes?report=" + Fixtures.SAMPLE_REPORT)
                .then()
                .body("totalItems", equalTo(15));
        given().get("/api/v1/award-schemes/{id}/statements", first.get("ものづくり日本大賞"))
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void aLaterReportUpdatesTheSchemeAndKeepsBothStatements() {
        String name = "継続表彰-" + UUID.randomUUID().toString().substring(0, 8);
        UUID fy2020 = UUID.randomUUID();
        UUID fy2021 = UUID.randomUUID();
        Map<String, Object> old = Fixtures.scheme(name, List.of("経済産業大臣賞"));
        String id = Fixtures.put(fy2020, Fixtures.report(2020, List.of(old)))
                .then()
                .statusCode(200)
                .body("schemes[0].created", equalTo(true))
                .extract()
                .jsonPath()
                .getString("schemes[0].id");

        Map<String, Object> newer = Fixtures.scheme(" " + name.replace("-", " - ") + "　", List.of("経済産業大臣賞", "特別賞"));
        newer.put("summary", "2021年度版の説明。");
        newer.put("nextCall", Map.of("text", "2022年4月～6月", "from", "2022-04", "to", "2022-06"));
        newer.put("source", Map.of("lineStart", 3001, "lineEnd", 3020, "page", 33));
        Fixtures.put(fy2021, Fixtures.report(2021, List.of(newer)))
                .then()
                .statusCode(200)
                .body("schemes[0].id", equalTo(id))
                .body("schemes[0].created", equalTo(false));

        given().get("/api/v1/award-schemes/{id}", id)
                .then()
                .statusCode(200)
                .body("summary", equalTo("2021年度版の説明。"))
                .body("prizes", equalTo(List.of("経済産業大臣賞", "特別賞")))
                .body("nextCall.from", equalTo("2022-04"))
                .body("source.reportId", equalTo(fy2021.toString()))
                .body("source.fiscalYear", equalTo(2021))
                .body("source.lineStart", equalTo(3001))
                .body("statements", hasSize(2))
                .body("statements[0].fiscalYear", equalTo(2021))
                .body("statements[1].reportId", equalTo(fy2020.toString()));

        // re-ingesting the older report keeps the newer fields, and still no duplicate
        Fixtures.put(fy2020, Fixtures.report(2020, List.of(old)))
                .then()
                .statusCode(200)
                .body("schemes[0].id", equalTo(id));
        given().get("/api/v1/award-schemes/{id}", id)
                .then()
                .body("summary", equalTo("2021年度版の説明。"))
                .body("statements", hasSize(2));
        given().get("/api/v1/award-schemes/{id}/statements", id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].fiscalYear", equalTo(2021))
                .body("items[0].printed.summary", equalTo("2021年度版の説明。"))
                .body("items[1].fiscalYear", equalTo(2020))
                .body("items[1].printed.summary", equalTo(old.get("summary")));
    }

    @Test
    void aReIngestThatNoLongerPrintsASchemeDropsItsStatement() {
        UUID report = UUID.randomUUID();
        String keep = "残る表彰-" + UUID.randomUUID().toString().substring(0, 8);
        String drop = "消える表彰-" + UUID.randomUUID().toString().substring(0, 8);
        String dropId = Fixtures.put(
                        report,
                        Fixtures.report(
                                2020, List.of(Fixtures.scheme(keep, List.of()), Fixtures.scheme(drop, List.of()))))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("schemes[1].id");

        Fixtures.put(report, Fixtures.report(2020, List.of(Fixtures.scheme(keep, List.of()))))
                .then()
                .statusCode(200)
                .body("removed", equalTo(1));
        given().get("/api/v1/award-schemes/{id}", dropId).then().statusCode(404);
        given().get("/api/v1/award-schemes?report=" + report).then().body("totalItems", equalTo(1));
    }

    @Test
    void invalidBodiesAre400AndWriteNothing() {
        String name = "不正-" + UUID.randomUUID().toString().substring(0, 8);
        UUID report = UUID.randomUUID();
        Map<String, Object> good = Fixtures.scheme(name, List.of());
        Map<String, Object> bad = Fixtures.scheme(name + "-2", List.of());
        bad.put("nextCall", Map.of("text", "x", "from", "2021-13", "to", "2021-08"));
        Fixtures.put(report, Fixtures.report(2020, List.of(good, bad)))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        given().get("/api/v1/award-schemes?report=" + report).then().body("totalItems", equalTo(0));
        given().get("/api/v1/award-schemes?q=" + name).then().body("totalItems", equalTo(0));

        Map<String, Object> backwards = Fixtures.scheme(name, List.of());
        backwards.put("nextCall", Map.of("text", "x", "from", "2021-08", "to", "2021-05"));
        Fixtures.put(report, Fixtures.report(2020, List.of(backwards)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("schemes[0].nextCall.to"));

        Fixtures.put(report, Fixtures.report(2020, List.of(good, Fixtures.scheme(" " + name + " ", List.of()))))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("schemes[1].name"));

        Fixtures.put(report, "{\"fiscalYear\": 2020}").then().statusCode(400);
        Fixtures.put(report, "{\"fiscalYear\": 2020, \"schemes\": [{\"name\": \"\"}]}")
                .then()
                .statusCode(400);
        Fixtures.put(report, "{\"fiscalYear\": 2020, \"schemes\": [{\"name\": \"x\", \"status\": \"OPEN\"}]}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Fixtures.put(report, "{\"reportId\": \"" + UUID.randomUUID() + "\", \"fiscalYear\": 2020, \"schemes\": []}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reportId"));
        given().auth()
                .oauth2(Tokens.ingest())
                .contentType("application/json")
                .body("{\"fiscalYear\": 2020, \"schemes\": []}")
                .put("/internal/v1/reports/not-a-uuid/award-schemes")
                .then()
                // a path id that is not a UUID names nothing, in every service
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/award-schemes?report=" + report).then().body("totalItems", equalTo(0));
    }

    @Test
    void ingestNeedsTheIngestGroup() {
        String body = Fixtures.report(2020, List.of());
        given().contentType("application/json")
                .body(body)
                .put("/internal/v1/reports/{id}/award-schemes", UUID.randomUUID())
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.forgedEditor())
                .contentType("application/json")
                .body(body)
                .put("/internal/v1/reports/{id}/award-schemes", UUID.randomUUID())
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.editor())
                .contentType("application/json")
                .body(body)
                .put("/internal/v1/reports/{id}/award-schemes", UUID.randomUUID())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
