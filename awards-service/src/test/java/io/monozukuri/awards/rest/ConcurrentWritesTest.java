package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrent editors' writes of award schemes, editions and recipients, over real HTTP against PostgreSQL: parallel
 * writes of one resource are applied one after the other (the last committed is what is read), each gets a version of
 * its own; If-Match makes a write conditional (412 problem+json and nothing changed when stale).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class ConcurrentWritesTest {

    private static final int N = 8;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(N);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static RequestSpecification editor() {
        return given().auth().oauth2(Tokens.editor()).contentType("application/json");
    }

    private static List<Response> inParallel(IntFunction<Callable<Response>> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(N);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Callable<Response> c = call.apply(i);
            calls.add(POOL.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return c.call();
            }));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> f : calls) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static String etagOf(String path) {
        return "\""
                + given().get(path).then().statusCode(200).extract().jsonPath().getLong("version") + "\"";
    }

    /** All 200, each with its own version as ETag; what is read now is the answer of the last one committed. */
    private static void assertSerialised(List<Response> answers, String path, String field) {
        answers.forEach(a -> a.then().statusCode(200));
        List<Long> versions =
                answers.stream().map(a -> a.jsonPath().getLong("version")).toList();
        assertThat(versions).doesNotHaveDuplicates();
        answers.forEach(
                a -> assertThat(a.header("ETag")).isEqualTo("\"" + a.jsonPath().getLong("version") + "\""));
        Response last = answers.stream()
                .max(Comparator.comparingLong(a -> a.jsonPath().getLong("version")))
                .orElseThrow();
        Response now = given().get(path);
        now.then().statusCode(200);
        assertThat(now.jsonPath().getLong("version")).isEqualTo(last.jsonPath().getLong("version"));
        assertThat(now.jsonPath().getString(field)).isEqualTo(last.jsonPath().getString(field));
    }

    private static void assert412(Response answer) {
        answer.then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("type", equalTo("https://monozukuri.io/problems/precondition-failed"))
                .body("detail", startsWith("If-Match names no current version of"));
    }

    @Test
    void schemePatchesAreSerialisedAndHonourIfMatch() throws Exception {
        String scheme = Fixtures.newScheme("同時", List.of());
        String path = "/api/v1/award-schemes/" + scheme;
        assertSerialised(
                inParallel(i ->
                        () -> editor().body("{\"since\": " + (1990 + i) + "}").patch(path)),
                path,
                "since");

        String read = etagOf(path);
        String before = given().get(path).asString();
        Response other = editor().body("{\"since\": 1980}").patch(path);
        other.then().statusCode(200).body("since", equalTo(1980));
        String afterOther = given().get(path).asString();
        assert412(editor().header("If-Match", read).body("{\"since\": 1970}").patch(path));
        assert412(editor().header("If-Match", "W/" + other.header("ETag"))
                .body("{\"since\": 1970}")
                .patch(path));
        assertThat(given().get(path).asString()).as("nothing changed").isEqualTo(afterOther);
        assertThat(afterOther).isNotEqualTo(before);
        Response written = editor().header("If-Match", other.header("ETag"))
                .body("{\"since\": 1970}")
                .patch(path);
        written.then().statusCode(200).body("since", equalTo(1970));
        assertThat(written.header("ETag")).isNotEqualTo(other.header("ETag")).isEqualTo(etagOf(path));
    }

    @Test
    void editionWritesAreSerialisedAndHonourIfMatch() throws Exception {
        String scheme = Fixtures.newScheme("同時版", List.of("大臣賞"));
        String editions = "/api/v1/award-schemes/" + scheme + "/editions";
        Response created = editor().body("{\"number\": 1, \"year\": 2020}").post(editions);
        created.then().statusCode(201);
        String id = created.jsonPath().getString("id");
        String path = editions + "/" + id;
        assertThat(created.header("ETag")).isEqualTo(etagOf(path));

        assertSerialised(
                inParallel(i -> () -> editor().body("{\"number\": 1, \"year\": 2020, \"notes\": \"並行" + i + "\"}")
                        .put(path)),
                path,
                "notes");

        // of parallel writes with the same If-Match exactly one wins
        String current = etagOf(path);
        List<Integer> statuses = inParallel(i -> () -> editor().header("If-Match", current)
                        .body("{\"number\": 1, \"year\": 2020, \"notes\": \"競争" + i + "\"}")
                        .put(path))
                .stream()
                .map(Response::statusCode)
                .sorted()
                .toList();
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);

        // a recipient added changes the edition (its recipientCount): the edition's old version is stale
        String beforeRecipient = etagOf(path);
        editor().body("{\"name\": \"山田\", \"kind\": \"PERSON\"}")
                .post(path + "/recipients")
                .then()
                .statusCode(201);
        given().get(path).then().body("recipientCount", equalTo(1));
        String afterRecipient = given().get(path).asString();
        assert412(editor().header("If-Match", beforeRecipient)
                .body("{\"number\": 1, \"year\": 2021}")
                .put(path));
        assert412(editor().header("If-Match", beforeRecipient)
                .queryParam("cascade", "true")
                .delete(path));
        assertThat(given().get(path).asString()).as("nothing changed").isEqualTo(afterRecipient);

        Response written = editor().header("If-Match", etagOf(path))
                .body("{\"number\": 1, \"year\": 2021}")
                .put(path);
        written.then().statusCode(200).body("year", equalTo(2021));
        editor().header("If-Match", written.header("ETag"))
                .queryParam("cascade", "true")
                .delete(path)
                .then()
                .statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void recipientWritesAreSerialisedAndHonourIfMatch() throws Exception {
        String scheme = Fixtures.newScheme("同時受賞", List.of("大臣賞"));
        Response edition =
                editor().body("{\"number\": 1, \"year\": 2020}").post("/api/v1/award-schemes/" + scheme + "/editions");
        String recipients = "/api/v1/award-schemes/" + scheme + "/editions/"
                + edition.jsonPath().getString("id") + "/recipients";

        // parallel additions to one edition: all there, each with its own version
        List<Response> added = inParallel(i -> () -> editor().body("{\"name\": \"並行" + i + "\", \"kind\": \"PERSON\"}")
                .post(recipients));
        added.forEach(a -> a.then().statusCode(201));
        assertThat(added.stream().map(a -> a.header("ETag")).toList()).doesNotHaveDuplicates();
        given().get(recipients + "?size=100").then().body("totalItems", equalTo(N));

        String path = recipients + "/" + added.get(0).jsonPath().getString("id");
        assertSerialised(
                inParallel(i -> () -> editor().body("{\"name\": \"名前" + i + "\", \"kind\": \"PERSON\"}")
                        .put(path)),
                path,
                "name");

        String stale = added.get(0).header("ETag");
        String now = given().get(path).asString();
        assert412(editor().header("If-Match", stale)
                .body("{\"name\": \"古い\", \"kind\": \"PERSON\"}")
                .put(path));
        assert412(editor().header("If-Match", stale).delete(path));
        assertThat(given().get(path).asString()).as("nothing changed").isEqualTo(now);
        given().get(recipients + "?size=100").then().body("totalItems", equalTo(N));

        Response written = editor().header("If-Match", etagOf(path))
                .body("{\"name\": \"新しい\", \"kind\": \"PERSON\"}")
                .put(path);
        written.then().statusCode(200).body("name", equalTo("新しい"));
        editor().header("If-Match", "*").delete(path).then().statusCode(204);
        given().get(recipients + "?size=100").then().body("totalItems", equalTo(N - 1));
    }
}
