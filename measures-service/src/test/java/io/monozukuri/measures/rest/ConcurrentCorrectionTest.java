package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrent corrections of one measure, over real HTTP against PostgreSQL: parallel PATCHes are applied one after the
 * other (row lock before the read), so none is lost and the history chains; If-Match makes a write conditional on the
 * version the client read (412 and nothing changed when it is stale).
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class ConcurrentCorrectionTest {

    private static final int N = 8;
    private static final int ROUNDS = 4;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(N);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType("application/merge-patch+json; charset=UTF-8");
    }

    /** The eight correctable fields, each with a value of its own per round. */
    private static String patchOf(int field, int round) {
        return switch (field) {
            case 0 -> "{\"title\": \"題名R" + round + "\"}";
            case 1 -> "{\"description\": \"説明R" + round + "\"}";
            case 2 -> "{\"budgetText\": \"" + (round + 1) + "億円（当初）\"}";
            case 3 -> "{\"budgets\": [{\"amountYen\": " + (round + 1) * 100_000_000L
                    + ", \"label\": \"当初\", \"type\": \"INITIAL\"}]}";
            case 4 -> "{\"partOf\": " + (round % 2 == 0) + "}";
            case 5 -> "{\"pool\": \"プールR" + round + "\"}";
            case 6 -> "{\"ministries\": " + (round % 2 == 0 ? "[\"MEXT\", \"METI\"]" : "[\"METI\"]") + "}";
            case 7 -> "{\"reposted\": \"" + (round % 2 == 0 ? "再掲" : "一部再掲") + "\"}";
            default -> throw new IllegalArgumentException("field " + field);
        };
    }

    /** Sends the n PATCHes at once (all threads released by one barrier) and returns the answers. */
    private static List<Response> inParallel(String path, IntFunction<RequestSpecification> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(N);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            int n = i;
            calls.add(POOL.submit(() -> {
                RequestSpecification spec = request.apply(n);
                start.await(30, TimeUnit.SECONDS);
                return spec.patch(path);
            }));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> call : calls) {
            answers.add(call.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static List<JsonNode> history(String path) throws Exception {
        JsonNode page = Fixtures.JSON.readTree(given().get(path + "/history?size=500")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        assertThat(page.get("totalItems").asInt()).isEqualTo(items.size());
        return items;
    }

    private static JsonNode measure(String path) throws Exception {
        return Fixtures.JSON.readTree(
                given().get(path).then().statusCode(200).extract().asString());
    }

    /** Each correction's before is the previous one's after, versions grow, and the first starts from {@code start}. */
    private static void assertChains(List<JsonNode> history, JsonNode start, JsonNode end) {
        JsonNode expected = start;
        for (int i = 0; i < history.size(); i++) {
            JsonNode c = history.get(i);
            assertThat(c.get("before"))
                    .as("before of correction %d is the after of the one before it", i)
                    .isEqualTo(expected);
            assertThat(c.get("after").get("version").asLong())
                    .as("correction %d gives a newer version", i)
                    .isGreaterThan(c.get("before").get("version").asLong());
            expected = c.get("after");
        }
        assertThat(end).as("the measure is the last correction's after").isEqualTo(expected);
    }

    @Test
    void parallelCorrectionsOfDifferentFieldsAllSurviveAndTheHistoryChains() throws Exception {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-③");
        JsonNode start = measure(path);
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Response> answers = inParallel(path, i -> editor().body(patchOf(i, r)));
            for (Response answer : answers) {
                answer.then().statusCode(200);
                assertThat(answer.header("ETag"))
                        .as("the answer's ETag is its version")
                        .isEqualTo("\"" + answer.jsonPath().getLong("version") + "\"");
            }

            JsonNode now = measure(path);
            assertThat(now.get("title").asText()).isEqualTo("題名R" + r);
            assertThat(now.get("description").asText()).isEqualTo("説明R" + r);
            assertThat(now.get("budgetText").asText()).isEqualTo((r + 1) + "億円（当初）");
            assertThat(now.get("totalYen").asLong()).isEqualTo((r + 1) * 100_000_000L);
            assertThat(now.get("partOf").asBoolean()).isEqualTo(r % 2 == 0);
            assertThat(now.get("pool").asText()).isEqualTo("プールR" + r);
            assertThat(now.get("ministries").findValuesAsText("code"))
                    .isEqualTo(r % 2 == 0 ? List.of("MEXT", "METI") : List.of("METI"));
            assertThat(now.get("reposted").asText()).isEqualTo(r % 2 == 0 ? "再掲" : "一部再掲");

            List<JsonNode> history = history(path);
            assertThat(history).hasSize(N * (r + 1));
            assertChains(history, start, now);
        }
    }

    @Test
    void parallelCorrectionsOfTheSameFieldChainInCommitOrder() throws Exception {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-③");
        JsonNode start = measure(path);
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Response> answers = inParallel(path, i -> editor().body("{\"title\": \"同じ欄R" + r + "-" + i + "\"}"));
            answers.forEach(a -> a.then().statusCode(200));
            // each answer is the measure as its own correction left it
            for (int i = 0; i < N; i++) {
                assertThat(answers.get(i).jsonPath().getString("title")).isEqualTo("同じ欄R" + r + "-" + i);
            }
            List<JsonNode> history = history(path);
            assertThat(history).hasSize(N * (r + 1));
            assertChains(history, start, measure(path));
            // every title of the round was once the measure's, each exactly once
            assertThat(history.subList(N * r, N * (r + 1)).stream()
                            .map(c -> c.get("after").get("title").asText())
                            .sorted()
                            .toList())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, N)
                            .mapToObj(i -> "同じ欄R" + r + "-" + i)
                            .toList());
        }
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothingTheCurrentOneWrites() throws Exception {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1");
        JsonNode read = measure(path);
        String etag = "\"" + read.get("version").asLong() + "\"";

        // another editor corrects it meanwhile
        Response other = editor().body("{\"title\": \"他の編集者\"}").patch(path);
        other.then().statusCode(200);
        String current = other.header("ETag");
        assertThat(current).isNotEqualTo(etag).matches("\"\\d+\"");
        JsonNode afterOther = measure(path);
        List<JsonNode> historyBefore = history(path);

        for (String stale : List.of(etag, "W/" + current, "\"1\", " + etag)) {
            editor().header("If-Match", stale)
                    .body("{\"title\": \"古い版に基づく訂正\"}")
                    .patch(path)
                    .then()
                    .statusCode(412)
                    .contentType("application/problem+json")
                    .body("status", equalTo(412))
                    .body("type", equalTo("https://monozukuri.io/problems/precondition-failed"))
                    .body("detail", startsWith("If-Match names no current version of measure"));
        }
        editor().header("If-Match", "4711")
                .body("{\"title\": \"x\"}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        assertThat(measure(path)).as("nothing changed").isEqualTo(afterOther);
        assertThat(history(path)).as("no history entry").isEqualTo(historyBefore);

        // the current version writes, and answers the next one
        Response written = editor().header("If-Match", current)
                .body("{\"title\": \"最新版に基づく訂正\"}")
                .patch(path);
        written.then().statusCode(200).body("title", equalTo("最新版に基づく訂正"));
        String next = written.header("ETag");
        assertThat(next)
                .isNotEqualTo(current)
                .isEqualTo("\"" + measure(path).get("version").asLong() + "\"");
        // in a list, and * (the measure exists)
        editor().header("If-Match", "\"1\", " + next)
                .body("{\"pool\": \"一覧\"}")
                .patch(path)
                .then()
                .statusCode(200);
        editor().header("If-Match", "*")
                .body("{\"pool\": \"星\"}")
                .patch(path)
                .then()
                .statusCode(200);
        editor().header("If-Match", "*")
                .body("{\"pool\": \"星\"}")
                .patch("/api/v1/measures/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        assertThat(history(path)).hasSize(historyBefore.size() + 3);
    }

    @Test
    void ofParallelWritesWithTheSameIfMatchExactlyOneWins() throws Exception {
        UUID report = Fixtures.importNew(Fixtures.report());
        String path = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1");
        for (int round = 0; round < ROUNDS; round++) {
            JsonNode read = measure(path);
            String etag = "\"" + read.get("version").asLong() + "\"";
            int historyBefore = history(path).size();
            int r = round;
            List<Response> answers = inParallel(
                    path, i -> editor().header("If-Match", etag).body("{\"title\": \"競争R" + r + "-" + i + "\"}"));
            List<Integer> statuses =
                    answers.stream().map(Response::statusCode).sorted().toList();
            assertThat(statuses).as("one 200, the others 412").startsWith(200).containsOnly(200, 412);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
            Response winner = answers.stream()
                    .filter(a -> a.statusCode() == 200)
                    .findFirst()
                    .orElseThrow();
            assertThat(measure(path).get("title").asText())
                    .isEqualTo(winner.jsonPath().getString("title"));
            List<JsonNode> history = history(path);
            assertThat(history).hasSize(historyBefore + 1);
            assertThat(history.get(history.size() - 1).get("before")).isEqualTo(read);
        }
    }
}
