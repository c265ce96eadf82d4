package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class CorrectionTest {

    private static RequestSpecification editor() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType("application/merge-patch+json; charset=UTF-8");
    }

    @Test
    void correctionsAreKeptAsHistoryAndSurviveReIngest() {
        UUID report = Fixtures.importNew(Fixtures.report());
        UUID id = Fixtures.measureId(report, "1-1-1-(2)-③");
        String path = "/api/v1/measures/" + id;

        editor().body("{\"title\": \"次世代人工知能・ロボット・量子の中核となる技術開発事業\", \"note\": \"誤記\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("title", equalTo("次世代人工知能・ロボット・量子の中核となる技術開発事業"))
                .body("corrected", equalTo(true))
                .body("totalYen", equalTo(1700000000));
        editor().body("{\"budgets\": [{\"amountYen\": 1800000000, \"label\": \"当初\", \"type\": \"INITIAL\"},"
                        + " {\"amountYen\": 200000000, \"label\": \"2020年度第3次補正\", \"type\": \"SUPPLEMENTARY\"}],"
                        + " \"ministries\": [\"METI\", \"MEXT\"], \"budgetText\": \"18億円（当初）、2億円（2020年度第3次補正）\"}")
                .contentType("application/json; charset=UTF-8")
                .patch(path)
                .then()
                .statusCode(200)
                .body("totalYen", equalTo(2000000000))
                .body("budgets.type", contains("INITIAL", "SUPPLEMENTARY"))
                .body("ministries.code", contains("METI", "MEXT"))
                .body("ministries[1].name", equalTo("文部科学省"));

        given().get(path + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].author", equalTo("tester@monozukuri.io"))
                .body("items[0].at", notNullValue())
                .body("items[0].note", equalTo("誤記"))
                .body("items[0].patch.title", equalTo("次世代人工知能・ロボット・量子の中核となる技術開発事業"))
                .body("items[0].before.title", equalTo("次世代人工知能・ロボットの中核となるインテグレート技術開発事業"))
                .body("items[0].after.title", equalTo("次世代人工知能・ロボット・量子の中核となる技術開発事業"))
                .body("items[1].before.totalYen", equalTo(1700000000))
                .body("items[1].after.totalYen", equalTo(2000000000));

        // the corrected text is searchable and the corrected money is what filters and stats see
        given().get("/api/v1/measures?q=量子&report=" + report).then().body("items.code", hasItem("1-1-1-(2)-③"));
        given().get("/api/v1/measures?minYen=2000000000&maxYen=2000000000&report=" + report)
                .then()
                .body("items.code", contains("1-1-1-(2)-③"));

        // re-ingesting the same report re-applies the corrections
        assertThat(Fixtures.importReport(report, Fixtures.report())).isEqualTo(200);
        given().get(path)
                .then()
                .statusCode(200)
                .body("title", equalTo("次世代人工知能・ロボット・量子の中核となる技術開発事業"))
                .body("totalYen", equalTo(2000000000))
                .body("ministries.code", contains("METI", "MEXT"))
                .body("corrected", equalTo(true));
        given().get(path + "/history").then().body("totalItems", equalTo(2));
        given().get("/api/v1/reports/" + report).then().body("counts.corrected", equalTo(1));
        given().get("/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-①"))
                .then()
                .body("corrected", equalTo(false));
    }

    @Test
    void invalidPatchesChangeNothing() {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-⑤");
        String[][] cases = {
            {"{\"title\": \"  \"}", "title"},
            {"{\"title\": null}", "title"},
            {"{\"code\": \"9-9-9\"}", "code"},
            {"{\"budgets\": [{\"amountYen\": 5, \"type\": \"BOGUS\"}]}", "budgets[0]"},
            {"{\"budgets\": [{\"amountYen\": -5, \"type\": \"INITIAL\"}]}", "budgets[0].amountYen"},
            {"{\"ministries\": [\"NOPE\"]}", "ministries[0]"},
            {"{\"partOf\": \"yes\"}", "partOf"},
            {"{\"reposted\": \"たぶん\"}", "reposted"},
            {"{\"note\": \"only a note\"}", "body"},
            {"[1, 2]", "body"},
        };
        for (String[] c : cases) {
            editor().body(c[0])
                    .patch(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(c[1]));
        }
        given().get(path)
                .then()
                .body("title", equalTo("材料の社会実装に向けたプロセスサイエンス構築事業（Materealize）"))
                .body("corrected", equalTo(false));
        given().get(path + "/history").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Inject
    DataSource db;

    private long dataVersion() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM data_version")) {
            assertThat(r.next()).isTrue();
            return r.getLong(1);
        }
    }

    @Test
    void aPatchThatChangesNothingWritesNothing() throws SQLException {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-⑤");
        ExtractableResponse<Response> current =
                given().get(path).then().statusCode(200).extract();
        long version = ((Number) current.path("version")).longValue();
        String title = current.path("title");
        List<String> ministries = current.path("ministries.code");
        assertThat(ministries).isNotEmpty();
        long dataVersion = dataVersion();

        String same = "{\"title\": \"" + title + "\", \"ministries\": [\"" + String.join("\", \"", ministries)
                + "\"], \"partOf\": " + current.path("partOf") + ", \"note\": \"確認のみ\"}";
        editor().header("If-Match", "\"" + version + "\"")
                .body(same)
                .patch(path)
                .then()
                .statusCode(200)
                .body("title", equalTo(title))
                .body("corrected", equalTo(false))
                .body("version", equalTo(current.path("version")));

        // nothing was written: no history entry, the same measure version and ETag, the same data version
        given().get(path + "/history").then().statusCode(200).body("totalItems", equalTo(0));
        given().get(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(current.header("ETag")))
                .body("corrected", equalTo(false))
                .body("version", equalTo(current.path("version")));
        assertThat(dataVersion()).isEqualTo(dataVersion);

        // and a real change right after it is a correction as always
        editor().body("{\"title\": \"" + title + "（改）\"}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("corrected", equalTo(true));
        assertThat(dataVersion()).isGreaterThan(dataVersion);
        given().get(path).then().body("title", equalTo(title + "（改）"));
        given().get(path + "/history").then().body("totalItems", equalTo(1)).body("items[0].note", equalTo(null));
    }

    @Test
    void needsAnEditorToken() {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1");
        String body = "{\"title\": \"x\"}";
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body(body)
                .patch(path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        for (String token : List.of(Tokens.expiredEditor(), Tokens.forgedEditor())) {
            given().header("Authorization", Tokens.bearer(token))
                    .contentType("application/merge-patch+json; charset=UTF-8")
                    .body(body)
                    .patch(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        for (String token : List.of(Tokens.reader(), Tokens.ingest())) {
            given().header("Authorization", Tokens.bearer(token))
                    .contentType("application/merge-patch+json; charset=UTF-8")
                    .body(body)
                    .patch(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get(path).then().body("corrected", equalTo(false));
    }

    @Test
    void unknownMeasuresAre404() {
        String path = "/api/v1/measures/" + UUID.randomUUID();
        editor().body("{\"title\": \"x\"}").patch(path).then().statusCode(404).contentType("application/problem+json");
        given().get(path + "/history").then().statusCode(404).contentType("application/problem+json");
    }
}
