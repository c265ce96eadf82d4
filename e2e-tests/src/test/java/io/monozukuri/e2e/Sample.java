package io.monozukuri.e2e;

import static io.restassured.RestAssured.given;

import io.monozukuri.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The sample report, ingested through the gateway once per test JVM (re-ingesting it would change nothing). */
final class Sample {

    private static boolean ingested;

    private Sample() {}

    static synchronized void ensureIngested(Stack stack) {
        if (ingested) {
            return;
        }
        long measures = given().baseUri(stack.gateway())
                .get("/api/v1/measures?size=1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
        if (measures == 0) {
            ingest(stack);
        }
        ingested = true;
    }

    private static void ingest(Stack stack) {
        byte[] report;
        try {
            report = Files.readAllBytes(stack.root().resolve("data/fy2020-monozukuri-white-paper-part2.txt"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String location = given().baseUri(stack.gateway())
                .auth()
                .oauth2(Tokens.ingest())
                .contentType("text/plain; charset=UTF-8")
                .body(report)
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath job = given().baseUri(stack.gateway())
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if ("SUCCEEDED".equals(job.getString("status"))) {
                return;
            }
            if ("FAILED".equals(job.getString("status"))) {
                throw new AssertionError("the sample ingest failed: " + job.prettify());
            }
            sleep();
        }
        throw new AssertionError("the sample ingest did not end; log:\n" + stack.tail("ingest-service"));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The records of a CSV export (CRLF-separated; a quoted cell may hold line breaks and doubled quotes). */
    static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
