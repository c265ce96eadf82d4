package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class RecipientResourceTest {

    private static RequestSpecification editor() {
        return given().auth().oauth2(Tokens.editor()).contentType("application/json");
    }

    private static String edition(String scheme, int number, int year) {
        return editor().body("{\"number\": %d, \"year\": %d}".formatted(number, year))
                .post("/api/v1/award-schemes/{id}/editions", scheme)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }

    private static String recipient(String name, String kind, String prefecture, String prize) {
        return """
                {"name": "%s", "kind": "%s", "affiliation": "代表取締役", "prefecture": "%s", "prize": "%s",
                 "category": "製造・生産プロセス部門", "citation": "独自の精密加工技術により生産性を高めた。"}"""
                .formatted(name, kind, prefecture, prize);
    }

    private static String path(String scheme, String edition) {
        return "/api/v1/award-schemes/" + scheme + "/editions/" + edition + "/recipients";
    }

    @Test
    void createReadUpdateDelete() {
        String scheme = Fixtures.newScheme("受賞テスト", List.of("内閣総理大臣賞", "経済産業大臣賞"));
        String edition = edition(scheme, 9, 2022);
        String location = editor().body(recipient("株式会社山田製作所", "COMPANY", "大阪", "経済産業大臣賞"))
                .post(path(scheme, edition))
                .then()
                .statusCode(201)
                .header("Location", containsString(path(scheme, edition) + "/"))
                .body("scheme.id", equalTo(scheme))
                .body("edition.id", equalTo(edition))
                .body("edition.number", equalTo(9))
                .body("edition.year", equalTo(2022))
                .body("prefecture", equalTo("大阪府"))
                .body("prize", equalTo("経済産業大臣賞"))
                .body("share", equalTo(1))
                .body("status", equalTo("AWARDED"))
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().get(path(scheme, edition) + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("株式会社山田製作所"))
                .body("kind", equalTo("COMPANY"))
                .body("affiliation", equalTo("代表取締役"))
                .body("category", equalTo("製造・生産プロセス部門"))
                .body("citation", equalTo("独自の精密加工技術により生産性を高めた。"));
        given().get("/api/v1/recipients/" + id).then().statusCode(200).body("id", equalTo(id));

        editor().body("{\"name\": \"山田太郎\", \"kind\": \"PERSON\", \"prefecture\": \"13\", \"prize\": \"内閣総理大臣賞\","
                        + " \"share\": 2}")
                .put(path(scheme, edition) + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("山田太郎"))
                .body("kind", equalTo("PERSON"))
                .body("prefecture", equalTo("東京都"))
                .body("prize", equalTo("内閣総理大臣賞"))
                .body("share", equalTo(2))
                .body("affiliation", nullValue());
        given().get(path(scheme, edition)).then().statusCode(200).body("totalItems", equalTo(1));
        given().get("/api/v1/award-schemes/{s}/editions/{e}", scheme, edition)
                .then()
                .body("recipientCount", equalTo(1));

        editor().delete(path(scheme, edition) + "/" + id).then().statusCode(204);
        given().get(path(scheme, edition) + "/" + id).then().statusCode(404);
        given().get(path(scheme, edition)).then().body("totalItems", equalTo(0));
    }

    @Test
    void prizeAndPrefectureAreValidated() {
        String scheme = Fixtures.newScheme("賞検証テスト", List.of("厚生労働大臣賞"));
        String edition = edition(scheme, 1, 2021);
        editor().body(recipient("A社", "COMPANY", "北海道", "文部科学大臣賞"))
                .post(path(scheme, edition))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("prize"))
                .body("errors[0].message", containsString("厚生労働大臣賞"));
        editor().body(recipient("A社", "COMPANY", "東京府", "厚生労働大臣賞"))
                .post(path(scheme, edition))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("prefecture"));
        editor().body(recipient("A社", "ROBOT", "北海道", "厚生労働大臣賞"))
                .post(path(scheme, edition))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        editor().body("{\"kind\": \"PERSON\"}")
                .post(path(scheme, edition))
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("name"));
        // a scheme without named prizes takes no prize
        String plain = Fixtures.newScheme("無賞テスト", List.of());
        String plainEdition = edition(plain, 1, 2021);
        editor().body(recipient("B社", "COMPANY", "沖縄県", "金賞"))
                .post(path(plain, plainEdition))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("prize"));
        editor().body("{\"name\": \"B社\", \"kind\": \"COMPANY\"}")
                .post(path(plain, plainEdition))
                .then()
                .statusCode(201);
        given().get("/api/v1/recipients?scheme=" + scheme).then().body("totalItems", equalTo(0));
    }

    @Test
    void deletingAnEditionWithRecipientsIs409UnlessCascade() {
        String scheme = Fixtures.newScheme("削除テスト", List.of("経済産業大臣賞"));
        String edition = edition(scheme, 1, 2021);
        String id = editor().body(recipient("C社", "COMPANY", "愛知県", "経済産業大臣賞"))
                .post(path(scheme, edition))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        editor().delete("/api/v1/award-schemes/{s}/editions/{e}", scheme, edition)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/recipients/" + id).then().statusCode(200);
        editor().delete("/api/v1/award-schemes/{s}/editions/{e}?cascade=true", scheme, edition)
                .then()
                .statusCode(204);
        given().get("/api/v1/recipients/" + id).then().statusCode(404);
    }

    @Test
    void searchAcrossAllRecipients() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String scheme = Fixtures.newScheme("検索テスト" + tag, List.of("内閣総理大臣賞", "経済産業大臣賞"));
        String e2021 = edition(scheme, 1, 2021);
        String e2022 = edition(scheme, 2, 2022);
        editor().body(recipient("検索" + tag + "精工", "COMPANY", "大阪府", "経済産業大臣賞"))
                .post(path(scheme, e2021))
                .then()
                .statusCode(201);
        editor().body(recipient("検索" + tag + "工業高校", "SCHOOL", "福岡県", "内閣総理大臣賞"))
                .post(path(scheme, e2022))
                .then()
                .statusCode(201);
        editor().body(recipient("検索" + tag + "チーム", "GROUP", "大阪府", "内閣総理大臣賞"))
                .post(path(scheme, e2022))
                .then()
                .statusCode(201);

        given().get("/api/v1/recipients?scheme=" + scheme)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items[0].edition.year", equalTo(2022));
        given().queryParam("scheme", "検索テスト" + tag + "-nope")
                .get("/api/v1/recipients")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("q", "検索" + tag).get("/api/v1/recipients").then().body("totalItems", equalTo(3));
        given().queryParam("q", "検索" + tag + " 高校")
                .get("/api/v1/recipients")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].kind", equalTo("SCHOOL"));
        // words may match different fields (citation and name), all must match
        given().queryParam("q", "精密加工 " + tag).get("/api/v1/recipients").then().body("totalItems", equalTo(3));
        given().queryParam("q", "精密加工 " + tag + " 存在しない語")
                .get("/api/v1/recipients")
                .then()
                .body("totalItems", equalTo(0));
        given().get("/api/v1/recipients?scheme=" + scheme + "&year=2022").then().body("totalItems", equalTo(2));
        given().get("/api/v1/recipients?scheme=" + scheme + "&prefecture=大阪")
                .then()
                .body("totalItems", equalTo(2));
        given().get("/api/v1/recipients?scheme=" + scheme + "&kind=group")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].name", equalTo("検索" + tag + "チーム"));
        given().get("/api/v1/recipients?scheme=" + scheme + "&prize=内閣総理大臣賞")
                .then()
                .body("totalItems", equalTo(2));
        given().get("/api/v1/recipients?scheme=" + scheme + "&sort=name&size=2")
                .then()
                .body("totalPages", equalTo(2));
        given().get("/api/v1/recipients?kind=ROBOT").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().get("/api/v1/recipients?prefecture=ニューヨーク")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("prefecture"));
        given().get("/api/v1/recipients?year=soon").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void writesNeedAnEditorToken() {
        String scheme = Fixtures.newScheme("受賞認可テスト", List.of("経済産業大臣賞"));
        String edition = edition(scheme, 1, 2021);
        String body = recipient("D社", "COMPANY", "京都府", "経済産業大臣賞");
        given().contentType("application/json")
                .body(body)
                .post(path(scheme, edition))
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.forgedEditor())
                .contentType("application/json")
                .body(body)
                .post(path(scheme, edition))
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.reader())
                .contentType("application/json")
                .body(body)
                .post(path(scheme, edition))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get(path(scheme, edition)).then().body("totalItems", equalTo(0));
    }
}
