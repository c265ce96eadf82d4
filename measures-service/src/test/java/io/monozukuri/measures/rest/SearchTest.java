package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    private UUID report;

    @BeforeEach
    void arrange() {
        if (report != null) {
            return;
        }
        report = Fixtures.importNew(Fixtures.report());
    }

    private ValidatableResponse search(String q, String more) {
        return given().queryParam("q", q)
                .queryParam("report", report.toString())
                .queryParam("size", 500)
                .get("/api/v1/measures" + (more.isEmpty() ? "" : "?" + more))
                .then()
                .statusCode(200);
    }

    private List<String> codes(String q) {
        return search(q, "").extract().path("items.code");
    }

    @Test
    void twoCharacterWordsMatch() {
        assertThat(codes("量子")).containsExactly("1-1-1-(2)-⑧", "1-1-1-(2)-①");
        assertThat(codes("蓄電")).containsExactly("1-1-1-(2)-⑳");
        assertThat(codes("補正")).containsExactly("1-1-1-(2)-①");
    }

    @Test
    void titleHitsRankFirstAndScoresDescend() {
        List<Float> scores = search("量子", "").extract().path("items.score");
        assertThat(scores).hasSize(2);
        assertThat(scores.get(0)).isGreaterThan(scores.get(1));
        // an explicit sort overrides relevance
        assertThat(search("量子", "sort=code").extract().<List<String>>path("items.code"))
                .containsExactly("1-1-1-(2)-①", "1-1-1-(2)-⑧");
    }

    @Test
    void widthAndCaseAreNormalised() {
        List<String> ascii = codes("AIチップ");
        assertThat(ascii).containsExactly("1-1-1-(2)-①");
        assertThat(codes("ＡＩチップ")).isEqualTo(ascii);
        assertThat(codes("aiチップ")).isEqualTo(ascii);
        assertThat(codes("ＡＩ")).isEqualTo(codes("ai")).isEqualTo(codes("Ai")).contains("1-1-1-(2)-①", "1-1-1-(2)-②");
        // half-width katakana, and a space the PDF put between words
        assertThat(codes("ﾁｯﾌﾟ")).contains("1-1-1-(2)-①");
        assertThat(codes("革新的AIチップ")).containsExactly("1-1-1-(2)-①");
    }

    @Test
    void wordsAreAnded() {
        assertThat(codes("量子 イノベーション")).containsExactly("1-1-1-(2)-⑧");
        assertThat(codes("量子　イノベーション")).containsExactly("1-1-1-(2)-⑧");
        assertThat(codes("量子 蓄電")).isEmpty();
    }

    @Test
    void bigramsMustBeContiguous() {
        // 子技 and 量子 both occur in ⑧ but 量子技 only where adjacent; イノ + ノベ in any order is not enough
        assertThat(codes("量子技術")).containsExactly("1-1-1-(2)-⑧");
        assertThat(codes("ベーノイ")).isEmpty();
    }

    @Test
    void singleCharactersFallBackToASubstringScan() {
        assertThat(codes("鉄")).containsExactly("1-1-1-(2)-⑫");
        assertThat(codes("鉄 水素")).containsExactly("1-1-1-(2)-⑫");
    }

    @Test
    void hitsCarryAHighlightedSnippet() {
        search("量子", "")
                .body("items.snippet", everyItem(notNullValue()))
                .body("items[0].snippet", org.hamcrest.Matchers.containsString("【量子】"));
        String snippet = search("ＡＩチップ", "").extract().path("items[0].snippet");
        assertThat(snippet).contains("【AIチップ】").doesNotContain("\n");
        String title = search("統合", "").extract().path("items[0].snippet");
        assertThat(title).contains("【統合】");
    }

    @Test
    void searchCombinesWithFilters() {
        search("量子", "ministry=METI").body("totalItems", equalTo(2));
        search("量子", "kind=SUBITEM&minYen=100000000000").body("items.code", hasItem("1-1-1-(2)-①"));
        search("量子", "minYen=100000000000").body("totalItems", equalTo(1));
        search("量子", "chapter=3").body("totalItems", equalTo(0));
    }

    @Test
    void tooLongQueriesAreRejected() {
        given().queryParam("q", "量".repeat(201))
                .get("/api/v1/measures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
    }

    @Test
    void operatorCharactersAreJustCharacters() {
        search("a'b & c|d !(e)", "").body("totalItems", equalTo(0));
        search("\\'", "").body("totalItems", equalTo(0));
    }
}
