package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportResourceTest {

    private UUID report;

    @BeforeEach
    void arrange() {
        if (report != null) {
            return;
        }
        report = Fixtures.importNew(Fixtures.report(2051));
    }

    @Test
    void reportHasTitleYearHashAndCounts() {
        given().get("/api/v1/reports/" + report)
                .then()
                .statusCode(200)
                .body("id", equalTo(report.toString()))
                .body("title", equalTo("令和2年度においてものづくり基盤技術の振興に関して講じた施策"))
                .body("fiscalYear", equalTo(2051))
                .body("sourceHash", equalTo("9f2c1e0b7a6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b"))
                .body("lineCount", equalTo(3467))
                .body("counts.chapters", equalTo(5))
                .body("counts.sections", equalTo(8))
                .body("counts.measures", equalTo(29))
                .body("counts.subsections", equalTo(7))
                .body("counts.items", equalTo(7))
                .body("counts.subitems", equalTo(15))
                .body("counts.withBudget", equalTo(17))
                .body("counts.reposted", equalTo(2))
                .body("counts.corrected", equalTo(0))
                .body("counts.ownYen", equalTo(294122000000L));
    }

    @Test
    void reportsAreListedNewestFirst() {
        UUID older = Fixtures.importNew(Fixtures.report(2050));
        List<String> ids = given().get("/api/v1/reports?size=500")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("totalItems", greaterThanOrEqualTo(2))
                .extract()
                .path("items.id");
        assertThat(ids).contains(report.toString(), older.toString());
        assertThat(ids.indexOf(report.toString())).isLessThan(ids.indexOf(older.toString()));
        given().get("/api/v1/reports?size=501").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void outlineIsTheWholeTree() {
        given().get("/api/v1/reports/" + report + "/outline")
                .then()
                .statusCode(200)
                .body("reportId", equalTo(report.toString()))
                .body("fiscalYear", equalTo(2051))
                .body("chapters.number", contains(1, 2, 3, 5, 6))
                .body("chapters[0].title", equalTo("ものづくり基盤技術の研究開発に関する事項"))
                .body("chapters[0].sections.number", contains(1, 2))
                .body("chapters[0].sections[0].children.code", contains("1-1-1"))
                .body(
                        "chapters[0].sections[0].children[0].children.code",
                        contains("1-1-1-(1)", "1-1-1-(2)", "1-1-1-(10)"))
                .body("chapters[0].sections[0].children[0].children[1].children.size()", equalTo(11))
                .body(
                        "chapters[0].sections[0].children[0].children[1].children[0].title",
                        equalTo("AIチップ・次世代情報処理技術・情報通信技術等の開発"))
                .body("chapters[0].sections[0].children[0].children[1].children[0].number", equalTo(1))
                .body("chapters[0].sections[0].children[0].children[1].children[0].totalYen", equalTo(213310000000L))
                .body("chapters[1].sections[0].title", equalTo("人材確保と雇用の安定"))
                .body("chapters[1].sections[0].children.size()", equalTo(0))
                .body("chapters[2].sections.number", contains(1, 2))
                .body("chapters[2].sections[1].children.code", contains("3-2-1", "3-2-2"));
    }

    @Test
    void unknownReportsAre404() {
        given().get("/api/v1/reports/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/reports/" + UUID.randomUUID() + "/outline").then().statusCode(404);
        given().get("/api/v1/reports/nope/outline").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void ministriesRegistry() {
        List<Map<String, Object>> items = given().get("/api/v1/ministries?size=500")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("METI"))
                .extract()
                .path("items");
        Map<String, Object> meti = items.stream()
                .filter(m -> "METI".equals(m.get("code")))
                .findFirst()
                .orElseThrow();
        assertThat(meti)
                .containsEntry("name", "経済産業省")
                .containsEntry("nameEn", "Ministry of Economy, Trade and Industry")
                .containsEntry("shortNames", List.of("経産省"));
        assertThat(((Number) meti.get("measureCount")).longValue()).isGreaterThanOrEqualTo(15);
        assertThat(items.get(0).get("code")).isEqualTo("METI");
        given().get("/api/v1/ministries?page=0&size=2")
                .then()
                .body("items.size()", equalTo(2))
                .body("size", equalTo(2));
    }
}
