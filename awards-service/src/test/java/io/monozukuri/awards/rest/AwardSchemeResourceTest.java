package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.type.TypeReference;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class AwardSchemeResourceTest {

    private static final List<String> PRINTED_FIELDS = List.of(
            "name",
            "summary",
            "ministry",
            "office",
            "prizes",
            "prizeNote",
            "recruitment",
            "frequency",
            "nextCall",
            "status",
            "note");

    private Map<String, String> ids;

    @BeforeEach
    void arrange() {
        ids = Fixtures.ingestSample();
    }

    /** Requests limited to the sample report, so that schemes other tests make do not count. */
    private static RequestSpecification sample() {
        return given().queryParam("report", Fixtures.SAMPLE_REPORT).queryParam("size", 100);
    }

    private List<String> names(RequestSpecification request) {
        return request.get("/api/v1/award-schemes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name");
    }

    @Test
    void theFifteenSchemesOfTheSampleWithEveryField() throws Exception {
        List<Map<String, Object>> printed = Fixtures.sampleSchemes();
        assertThat(printed).hasSize(15);
        assertThat(ids).hasSize(15);
        for (Map<String, Object> expected : printed) {
            String id = ids.get((String) expected.get("name"));
            String body = given().get("/api/v1/award-schemes/{id}", id)
                    .then()
                    .statusCode(200)
                    .contentType("application/json")
                    .extract()
                    .asString();
            Map<String, Object> actual = Fixtures.JSON.readValue(body, new TypeReference<>() {});
            assertThat(actual.get("id")).isEqualTo(id);
            for (String field : PRINTED_FIELDS) {
                assertThat(actual).containsKey(field);
                assertThat(actual.get(field))
                        .as(expected.get("name") + " " + field)
                        .isEqualTo(expected.get(field));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> lines = (Map<String, Object>) expected.get("source");
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("reportId", Fixtures.SAMPLE_REPORT.toString());
            source.put("fiscalYear", 2020);
            source.putAll(lines);
            assertThat(actual.get("source"))
                    .as(expected.get("name") + " source")
                    .isEqualTo(source);
        }
        // the list answers the same records, in printed order by default
        List<String> listed = names(sample());
        assertThat(listed)
                .containsExactlyElementsOf(
                        printed.stream().map(p -> (String) p.get("name")).toList());
    }

    @Test
    void theContractExample() {
        given().get("/api/v1/award-schemes/{id}", ids.get("ものづくり日本大賞"))
                .then()
                .body("ministry.code", equalTo("METI"))
                .body("ministry.name", equalTo("経済産業省"))
                .body("office", equalTo("製造産業局ものづくり政策審議室"))
                .body("prizes", equalTo(List.of("内閣総理大臣賞", "経済産業大臣賞", "文部科学大臣賞")))
                .body("recruitment.method", equalTo("PUBLIC_CALL"))
                .body("frequency.kind", equalTo("TRIENNIAL"))
                .body("frequency.text", equalTo("3年に一度"))
                .body("nextCall.text", equalTo("2021年5月～8月（予定）"))
                .body("nextCall.from", equalTo("2021-05"))
                .body("nextCall.to", equalTo("2021-08"))
                .body("status", equalTo("ACTIVE"))
                .body("source.lineStart", equalTo(3089))
                .body("source.lineEnd", equalTo(3126));
    }

    @Test
    void listEnvelopeAndPaging() {
        given().queryParam("report", Fixtures.SAMPLE_REPORT)
                .queryParam("size", 5)
                .queryParam("page", 2)
                .get("/api/v1/award-schemes")
                .then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("page", equalTo(2))
                .body("size", equalTo(5))
                .body("totalItems", equalTo(15))
                .body("totalPages", equalTo(3));
        given().get("/api/v1/award-schemes?size=501")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().get("/api/v1/award-schemes?page=-1").then().statusCode(400);
        given().get("/api/v1/award-schemes?report=nope")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("report"));
    }

    @Test
    void filterByMinistry() {
        assertThat(names(sample().queryParam("ministry", "METI"))).hasSize(7).contains("ものづくり日本大賞");
        assertThat(names(sample().queryParam("ministry", "meti"))).hasSize(7);
        assertThat(names(sample().queryParam("ministry", "経済産業省"))).hasSize(7);
        assertThat(names(sample().queryParam("ministry", "MHLW"))).hasSize(8).contains("技能五輪全国大会");
        assertThat(names(sample().queryParam("ministry", "厚生労働省"))).hasSize(8);
        assertThat(names(sample().queryParam("ministry", "厚労省"))).hasSize(8);
        assertThat(names(sample().queryParam("ministry", "MEXT"))).isEmpty();
    }

    @Test
    void filterByFrequencyRecruitmentAndStatus() {
        assertThat(names(sample().queryParam("frequency", "ANNUAL"))).hasSize(7);
        assertThat(names(sample().queryParam("frequency", "biennial")))
                .containsExactlyInAnyOrder("ロボット大賞", "技能グランプリ", "職業能力開発論文コンクール", "職業訓練教材コンクール");
        assertThat(names(sample().queryParam("frequency", "TRIENNIAL"))).containsExactly("ものづくり日本大賞");
        assertThat(names(sample().queryParam("frequency", "OTHER"))).hasSize(3);
        assertThat(names(sample().queryParam("recruitment", "PUBLIC_CALL"))).hasSize(7);
        assertThat(names(sample().queryParam("recruitment", "NOMINATION")))
                .containsExactlyInAnyOrder("知財功労賞", "はばたく中小企業・小規模事業者300社", "卓越した技能者（現代の名工）の表彰制度", "職業能力開発関係厚生労働大臣表彰");
        assertThat(names(sample().queryParam("recruitment", "NONE"))).hasSize(4);
        assertThat(names(sample().queryParam("status", "ENDED"))).containsExactly("新・ダイバーシティ経営企業100選");
        assertThat(names(sample().queryParam("status", "ACTIVE"))).hasSize(14);
        assertThat(names(sample().queryParam("ministry", "METI").queryParam("recruitment", "PUBLIC_CALL")))
                .hasSize(5);
    }

    @Test
    void invalidEnumValuesAre400NamingTheParameter() {
        for (String parameter : List.of("frequency", "recruitment", "status")) {
            given().queryParam(parameter, "SOMETIMES")
                    .get("/api/v1/award-schemes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(parameter))
                    .body("detail", startsWith(parameter + ": must be one of"));
        }
        given().get("/api/v1/award-schemes?sort=colour")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void japaneseSearch() {
        assertThat(names(sample().queryParam("q", "技能 大会")))
                .containsExactlyInAnyOrder("若年者ものづくり競技大会", "技能五輪全国大会", "障害者技能競技大会（アビリンピック）", "技能グランプリ");
        assertThat(names(sample().queryParam("q", "技能　大会"))).hasSize(4);
        assertThat(names(sample().queryParam("q", "ロボット"))).containsExactly("ロボット大賞");
        assertThat(names(sample().queryParam("q", "ＪＩＳ"))).containsExactly("産業標準化事業表彰");
        assertThat(names(sample().queryParam("q", "jis"))).containsExactly("産業標準化事業表彰");
        assertThat(names(sample().queryParam("q", "現代の 名工"))).containsExactly("卓越した技能者（現代の名工）の表彰制度");
        assertThat(names(sample().queryParam("q", "100選"))).containsExactly("新・ダイバーシティ経営企業100選");
        assertThat(names(sample().queryParam("q", "ロボット 名工"))).isEmpty();
        assertThat(names(sample().queryParam("q", "%"))).isEmpty();
    }

    @Test
    void openOnFindsSchemesWhoseCallPeriodContainsTheDay() {
        assertThat(names(sample().queryParam("openOn", "2021-06-15")))
                .containsExactlyInAnyOrder("ものづくり日本大賞", "職業能力開発論文コンクール");
        assertThat(names(sample().queryParam("openOn", "2021-05-01")))
                .containsExactlyInAnyOrder("ものづくり日本大賞", "産業標準化事業表彰", "職業能力開発論文コンクール");
        assertThat(names(sample().queryParam("openOn", "2021-04-01"))).containsExactly("産業標準化事業表彰");
        assertThat(names(sample().queryParam("openOn", "2021-08-31"))).containsExactly("ものづくり日本大賞");
        assertThat(names(sample().queryParam("openOn", "2022-07-31"))).containsExactly("職業訓練教材コンクール");
        assertThat(names(sample().queryParam("openOn", "2021-09-01"))).isEmpty();
        given().get("/api/v1/award-schemes?openOn=2021-02-30")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("openOn"));
        given().get("/api/v1/award-schemes?openOn=June")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("openOn"));
    }

    @Test
    void openOnWithAYearlessCallPeriod() {
        UUID report = UUID.randomUUID();
        Map<String, Object> winter = Fixtures.scheme("冬季表彰-" + report.toString().substring(0, 8), List.of());
        winter.put("nextCall", Map.of("text", "推薦受付期間：11月～2月", "from", "--11", "to", "--02"));
        Fixtures.put(report, Fixtures.report(2020, List.of(winter))).then().statusCode(200);
        RequestSpecification mine = given().queryParam("report", report);
        assertThat(names(mine.queryParam("openOn", "2023-01-15"))).hasSize(1);
        assertThat(names(given().queryParam("report", report).queryParam("openOn", "2023-11-01")))
                .hasSize(1);
        assertThat(names(given().queryParam("report", report).queryParam("openOn", "2023-06-01")))
                .isEmpty();
    }

    @Test
    void sorting() {
        List<String> byName = names(sample().queryParam("sort", "name"));
        List<String> byNameDesc = names(sample().queryParam("sort", "-name"));
        assertThat(byName).hasSize(15);
        List<String> reversed = new ArrayList<>(byName);
        java.util.Collections.reverse(reversed);
        assertThat(byNameDesc).isEqualTo(reversed);
        List<String> byStatus = names(sample().queryParam("sort", "-status,name"));
        assertThat(byStatus.get(0)).isEqualTo("新・ダイバーシティ経営企業100選");
        List<String> byNextCall = names(sample().queryParam("sort", "nextCall"));
        assertThat(byNextCall.subList(0, 4)).containsExactly("産業標準化事業表彰", "ものづくり日本大賞", "職業能力開発論文コンクール", "職業訓練教材コンクール");
    }

    @Test
    void csvExport() {
        String csv = sample().queryParam("format", "csv")
                .get("/api/v1/award-schemes")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        String[] rows = csv.split("\r\n");
        assertThat(rows).hasSize(16);
        assertThat(rows[0]).startsWith("id,name,summary,ministryCode");
        assertThat(rows[1]).contains("ものづくり日本大賞", "METI", "内閣総理大臣賞; 経済産業大臣賞; 文部科学大臣賞", "2021-05");
        given().queryParam("report", Fixtures.SAMPLE_REPORT)
                .accept("text/csv")
                .get("/api/v1/award-schemes")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"));
        given().queryParam("report", Fixtures.SAMPLE_REPORT)
                .accept("application/json")
                .get("/api/v1/award-schemes")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("totalItems", equalTo(15));
        given().get("/api/v1/award-schemes?format=xml")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void unknownSchemeIs404Problem() {
        given().get("/api/v1/award-schemes/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().get("/api/v1/award-schemes/not-an-id").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void statementsKeepWhatTheReportPrinted() {
        given().get("/api/v1/award-schemes/{id}/statements", ids.get("知財功労賞"))
                .then()
                .statusCode(200)
                .body("items[0].reportId", equalTo(Fixtures.SAMPLE_REPORT.toString()))
                .body("items[0].fiscalYear", equalTo(2020))
                .body("items[0].printed.recruitment.text", equalTo("知財関係団体等からの推薦"))
                .body("items[0].printed.source.lineStart", equalTo(3209));
        given().get("/api/v1/award-schemes/{id}", ids.get("知財功労賞"))
                .then()
                .body("statements.reportId", containsInAnyOrder(Fixtures.SAMPLE_REPORT.toString()));
    }
}
