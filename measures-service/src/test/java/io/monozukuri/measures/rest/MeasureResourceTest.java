package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasureResourceTest {

    private static final String SCHEME = UUID.randomUUID().toString();
    private UUID report;
    private UUID nextEdition;

    @BeforeEach
    void arrange() {
        if (report != null) {
            return;
        }
        // two editions whose award-scheme link is unique to this class, to list them side by side
        ObjectNode first = Fixtures.report(2031);
        Fixtures.measure(first, "5-2-1")
                .withArray("awardSchemes")
                .addObject()
                .put("id", SCHEME)
                .put("name", "試験賞");
        report = Fixtures.importNew(first);
        ObjectNode second = Fixtures.report(2032);
        Fixtures.measure(second, "5-2-1")
                .withArray("awardSchemes")
                .addObject()
                .put("id", SCHEME)
                .put("name", "試験賞");
        nextEdition = Fixtures.importNew(second);
    }

    private ValidatableResponse list(String query) {
        return given().get("/api/v1/measures?size=500&report=" + report + (query.isEmpty() ? "" : "&" + query))
                .then()
                .statusCode(200);
    }

    private List<String> codes(String query) {
        return list(query).extract().path("items.code");
    }

    @Test
    void measureHasTheContractShape() {
        UUID id = Fixtures.measureId(report, "1-1-1-(2)-①");
        given().get("/api/v1/measures/" + id)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(id.toString()))
                .body("reportId", equalTo(report.toString()))
                .body("fiscalYear", equalTo(2031))
                .body("code", equalTo("1-1-1-(2)-①"))
                .body("kind", equalTo("SUBITEM"))
                .body("chapter.number", equalTo(1))
                .body("chapter.title", equalTo("ものづくり基盤技術の研究開発に関する事項"))
                .body("section.number", equalTo(1))
                .body("subsection.title", equalTo("ものづくり基盤技術に関する研究開発の実施及びその普及"))
                .body("item", equalTo(2))
                .body("subitem", equalTo(1))
                .body(
                        "parentId",
                        equalTo(Fixtures.measureId(report, "1-1-1-(2)").toString()))
                .body("title", equalTo("AIチップ・次世代情報処理技術・情報通信技術等の開発"))
                .body("budgets.amountYen", contains(13310000000L, 110000000000L, 90000000000L))
                .body("budgets.label", contains("当初", "2019年度補正", "2020年度第3次補正"))
                .body("budgets.type", contains("INITIAL", "SUPPLEMENTARY", "SUPPLEMENTARY"))
                .body("budgets[0].approximate", equalTo(false))
                .body("totalYen", equalTo(213310000000L))
                .body("budgetText", equalTo("133億10百万円（当初）、1,100億円（2019年度補正）、900億円（2020年度第3次補正）"))
                .body("partOf", equalTo(false))
                .body("$", hasKey("pool"))
                .body("pool", nullValue())
                .body("ministries[0].code", equalTo("METI"))
                .body("ministries[0].name", equalTo("経済産業省"))
                .body("ministries[0].shortName", equalTo("経産省"))
                .body("ministries[0].nameEn", equalTo("Ministry of Economy, Trade and Industry"))
                .body("$", hasKey("reposted"))
                .body("reposted", nullValue())
                .body("hasBody", equalTo(true))
                .body(
                        "source.lineStart",
                        equalTo(Fixtures.measure(Fixtures.report(), "1-1-1-(2)-①")
                                .at("/source/lineStart")
                                .asInt()))
                .body("awardSchemes", org.hamcrest.Matchers.empty())
                .body("corrected", equalTo(false))
                .body("$", not(hasKey("snippet")));
    }

    /**
     * One measure comes from the reactive client, the list from JDBC, each mapping its own row: every measure of the
     * report, in every shape the sample has (pools, 内数, nulls, several ministries), reads the same both ways.
     */
    @Test
    void eachMeasureByIdIsTheSameAsInTheList() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var page = json.readTree(list("").extract().asString());
        var items = page.get("items");
        assertThat(items.size()).isEqualTo(page.get("totalItems").asInt()).isGreaterThan(20);
        for (var item : items) {
            String body = given().get("/api/v1/measures/" + item.get("id").asText())
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(json.readTree(body)).isEqualTo(item);
        }
    }

    @Test
    void awardSchemeLinksAreShownAndFilterable() {
        UUID id = Fixtures.measureId(report, "5-2-1");
        given().get("/api/v1/measures/" + id)
                .then()
                .statusCode(200)
                .body("awardSchemes.id", contains(Fixtures.AWARD_SCHEME, SCHEME))
                .body("awardSchemes.name", contains("ものづくり日本大賞", "試験賞"));
        assertThat(codes("awardScheme=" + Fixtures.AWARD_SCHEME)).containsExactly("5-2-1");
    }

    @Test
    void unknownOrMalformedIdIs404() {
        given().get("/api/v1/measures/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().get("/api/v1/measures/not-an-id").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listHasTheEnvelopeAndPages() {
        given().get("/api/v1/measures?report=" + report + "&page=1&size=10")
                .then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(10))
                .body("totalItems", equalTo(29))
                .body("totalPages", equalTo(3))
                .body("items.size()", equalTo(10));
        List<String> all = codes("");
        List<String> paged = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            paged.addAll(given().get("/api/v1/measures?report=" + report + "&size=10&page=" + p)
                    .then()
                    .extract()
                    .<List<String>>path("items.code"));
        }
        assertThat(paged).isEqualTo(all).hasSize(29).doesNotHaveDuplicates();
    }

    @Test
    void defaultOrderIsTheNaturalOrderOfTheReport() {
        List<String> codes = codes("");
        assertThat(codes).startsWith("1-1-1", "1-1-1-(1)", "1-1-1-(2)", "1-1-1-(2)-①");
        // numbers compare as numbers: ⑳ after ⑫, (10) after every (2) sub-item, chapter 6 last
        assertThat(codes.indexOf("1-1-1-(2)-⑳")).isGreaterThan(codes.indexOf("1-1-1-(2)-⑫"));
        assertThat(codes.indexOf("1-1-1-(10)")).isEqualTo(codes.indexOf("1-1-1-(2)-⑳") + 1);
        assertThat(codes).endsWith("6-1-2", "6-1-2-(1)");
        assertThat(codes("sort=code")).isEqualTo(codes);
        List<String> reversed = new ArrayList<>(codes);
        Collections.reverse(reversed);
        assertThat(codes("sort=-code")).isEqualTo(reversed);
    }

    @Test
    void sortsByTotalYenWithoutMoneyLast() {
        List<String> desc = codes("sort=-totalYen");
        assertThat(desc).startsWith("1-1-1-(2)-①", "6-1-1-(1)", "1-1-1-(2)-⑧", "1-1-1-(2)-②");
        List<String> asc = codes("sort=totalYen");
        assertThat(asc).startsWith("6-1-2-(1)", "1-1-1-(2)-⑤", "1-1-1-(2)-⑨");
        List<Number> yen = list("sort=totalYen").extract().path("items.totalYen");
        assertThat(yen.subList(0, 12)).doesNotContainNull();
        assertThat(yen.subList(0, 12).stream().map(Number::longValue).toList()).isSorted();
        assertThat(yen.subList(12, 29)).containsOnlyNulls();
    }

    @Test
    void sortsByTitleBothWays() {
        List<String> asc = list("sort=title").extract().path("items.title");
        List<String> desc = list("sort=-title").extract().path("items.title");
        List<String> reversed = new ArrayList<>(asc);
        Collections.reverse(reversed);
        assertThat(desc).isEqualTo(reversed);
        assertThat(asc).isNotEqualTo(list("").extract().path("items.title"));
    }

    @Test
    void severalEditionsSideBySide() {
        String base = "/api/v1/measures?awardScheme=" + SCHEME;
        given().get(base + "&sort=fiscalYear")
                .then()
                .statusCode(200)
                .body("items.fiscalYear", contains(2031, 2032))
                .body("items.reportId", contains(report.toString(), nextEdition.toString()));
        given().get(base + "&sort=-fiscalYear").then().body("items.fiscalYear", contains(2032, 2031));
        given().get(base + "&fiscalYear=2032").then().body("items.reportId", contains(nextEdition.toString()));
        given().get("/api/v1/measures?fiscalYear=2032&size=1").then().body("totalItems", equalTo(29));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "kind=SUBITEM|15",
                "kind=item|7",
                "kind=SUBSECTION|7",
                "chapter=3|8",
                "chapter=1&section=2|1",
                "chapter=1&kind=SUBITEM|11",
                "ministry=MEXT|8",
                "ministry=文科省|8",
                "ministry=文部科学省|8",
                "ministry=mext|8",
                "ministry=経産省&ministry=文科省|4",
                "ministry=METI,MEXT|4",
                "ministry=MHLW&kind=SUBSECTION|1",
                "hasBudget=true|17",
                "hasBudget=false|12",
                "hasBody=false|9",
                "hasBody=true&hasBudget=false|3",
                "minYen=1000000000&maxYen=20000000000|6",
                "minYen=20000000000|3",
                "maxYen=100000000|1",
                "minYen=0&ministry=MEXT|5",
                "fiscalYear=2031|29",
                "fiscalYear=2030|0",
            })
    void filtersCombine(String query, int expected) {
        list(query).body("totalItems", equalTo(expected)).body("items.size()", equalTo(expected));
    }

    @Test
    void filtersSelectTheRightMeasures() {
        assertThat(codes("ministry=経産省&ministry=文科省"))
                .containsExactly("1-1-1-(2)-②", "1-1-1-(2)-⑦", "1-1-1-(2)-⑧", "5-2-1");
        assertThat(codes("minYen=20000000000")).containsExactly("1-1-1-(2)-①", "1-1-1-(2)-⑧", "6-1-1-(1)");
        assertThat(codes("maxYen=100000000")).containsExactly("6-1-2-(1)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "report=abc|report",
                "fiscalYear=abc|fiscalYear",
                "fiscalYear=99999|fiscalYear",
                "chapter=-1|chapter",
                "section=x|section",
                "kind=CHAPTER|kind",
                "ministry=財務省X|ministry",
                "hasBody=yes|hasBody",
                "hasBudget=1|hasBudget",
                "minYen=-1|minYen",
                "maxYen=1e9|maxYen",
                "minYen=10&maxYen=5|maxYen",
                "awardScheme=nope|awardScheme",
                "sort=budget|sort",
                "sort=relevance|sort",
                "q=　|q",
                "size=501|size",
                "size=0|size",
                "page=-1|page",
                "format=xml|format",
            })
    void badParametersAreNamed(String query, String field) {
        given().get("/api/v1/measures?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        List<String> fields = given().get("/api/v1/measures?kind=X&chapter=Y&hasBudget=Z")
                .then()
                .statusCode(400)
                .extract()
                .path("errors.field");
        assertThat(fields).containsExactlyInAnyOrder("kind", "chapter", "hasBudget");
    }
}
