package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsTest {

    private UUID report;

    @BeforeEach
    void arrange() {
        if (report != null) {
            return;
        }
        report = Fixtures.importNew(Fixtures.report(2041));
    }

    private ValidatableResponse stats(String query) {
        return given().get("/api/v1/measures/stats?report=" + report + "&" + query)
                .then()
                .statusCode(200)
                .contentType("application/json");
    }

    @Test
    void totalNeverCountsReListedMeasuresOrPoolsTwice() {
        stats("groupBy=ministry")
                .body("groupBy", equalTo("ministry"))
                .body("total.measureCount", equalTo(27))
                .body("total.repostedCount", equalTo(2))
                // ② is run by seven ministries but counted once; the re-listed 69百万円 is left out
                .body("total.ownYen", equalTo(294122000000L))
                .body("total.ownMeasureCount", equalTo(11))
                // the 131億20百万円 pool shared by two measures counts once; the pool without amount not at all
                .body("total.partOfYen", equalTo(774720000000L))
                .body("total.partOfPoolCount", equalTo(4))
                .body("total.partOfMeasureCount", equalTo(5));
    }

    @Test
    void byMinistry() {
        ValidatableResponse r = stats("groupBy=ministry");
        r.body("groups[0].key", equalTo("METI"))
                .body("groups[0].label", equalTo("経済産業省"))
                .body("groups[0].measureCount", equalTo(14))
                .body("groups[0].repostedCount", equalTo(1))
                .body("groups[0].ownYen", equalTo(292409000000L))
                .body("groups[0].partOfYen", equalTo(774720000000L))
                .body("groups[0].partOfPoolCount", equalTo(4))
                .body("groups[0].partOfMeasureCount", equalTo(4));
        r.body("groups.find { it.key == 'MHLW' }.measureCount", equalTo(2))
                .body("groups.find { it.key == 'MHLW' }.repostedCount", equalTo(1))
                .body("groups.find { it.key == 'MHLW' }.ownYen", equalTo(10003000000L));
        // measures naming no ministry form their own group
        r.body("groups.find { it.key == null }.measureCount", equalTo(9));
    }

    @Test
    void byChapter() {
        stats("groupBy=chapter")
                .body("groups.key", org.hamcrest.Matchers.contains("1", "3", "5", "6"))
                .body("groups[0].label", equalTo("ものづくり基盤技術の研究開発に関する事項"))
                .body("groups[0].ownYen", equalTo(257022000000L))
                .body("groups[0].measureCount", equalTo(16))
                .body("groups[3].measureCount", equalTo(3))
                .body("groups[3].repostedCount", equalTo(1))
                .body("groups[3].ownYen", equalTo(37100000000L));
    }

    @Test
    void byBudgetTypeSumsTheLines() {
        ValidatableResponse r = stats("groupBy=budgetType");
        r.body("groups.find { it.key == 'INITIAL' }.ownYen", equalTo(57022000000L))
                .body("groups.find { it.key == 'INITIAL' }.partOfYen", equalTo(14720000000L))
                .body("groups.find { it.key == 'SUPPLEMENTARY' }.ownYen", equalTo(200000000000L))
                .body("groups.find { it.key == 'SUPPLEMENTARY' }.ownMeasureCount", equalTo(1))
                .body("groups.find { it.key == 'SUPPLEMENTARY' }.partOfYen", equalTo(760000000000L))
                .body("groups.find { it.key == 'TOTAL' }.ownYen", equalTo(37100000000L))
                .body("groups.find { it.key == 'OTHER' }.partOfMeasureCount", equalTo(1))
                .body("groups.find { it.key == 'OTHER' }.partOfYen", equalTo(0));
    }

    @Test
    void byFiscalYearAndCombinedWithFilters() {
        stats("groupBy=fiscalYear")
                .body("groups.key", org.hamcrest.Matchers.contains("2041"))
                .body("groups[0].measureCount", equalTo(27));
        stats("groupBy=ministry&ministry=MEXT&kind=SUBITEM")
                .body("total.measureCount", equalTo(6))
                .body(
                        "groups.find { it.key == 'MEXT' }.ownYen",
                        equalTo(10003000000L + 306000000L + 1407000000L + 1686000000L + 20500000000L));
        stats("groupBy=chapter&q=量子").body("total.measureCount", equalTo(2));
    }

    @Test
    void badGroupingIsNamed() {
        for (String q : new String[] {"groupBy=budget", "groupBy=", "groupBy=ministry&kind=X"}) {
            given().get("/api/v1/measures/stats?" + q)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(q.endsWith("X") ? "kind" : "groupBy"));
        }
    }
}
