package io.monozukuri.ingest.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.monozukuri.ingest.IngestJob;
import io.monozukuri.ingest.ReportUpload;
import io.monozukuri.ingest.client.ImportClient;
import io.monozukuri.ingest.config.IngestConfig;
import io.monozukuri.ingest.mapping.JobMapper;
import io.monozukuri.ingest.repository.IngestJobRepository;
import io.monozukuri.ingest.repository.ReportUploadRepository;
import io.monozukuri.ingest.rest.Downstreams;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs leased in the database: retried with backoff while a service is unavailable, failed with words a user can act
 * on, run exactly once by two instances sharing the database, taken over from a dead instance only once its lease has
 * expired.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@WithTestResource(Downstreams.class)
class JobLeaseTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Downstreams.Server
    WireMockServer downstreams;

    @Inject
    IngestConfig config;

    @Inject
    IngestJobRepository jobs;

    @Inject
    ReportUploadRepository uploads;

    @Inject
    ImportClient imports;

    @Inject
    JobMapper mapper;

    @Inject
    TestClock clock;

    @BeforeEach
    void reset() {
        downstreams.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
    }

    static String report(String marker) {
        return """
                第 1 章

                ものづくり基盤技術の研究開発に関する事項
                第1節 ものづくり基盤技術に関する研究開発の推進等

                研究開発の実施及びその普及1

                （1）研究開発税制等
                試験研究費の総額に応じて税額控除を認める制度。%s
                （2）ものづくり基盤技術の開発支援（17億円）＜経産省、文科省＞
                　本事業では開発を実施した。
                """
                .formatted(marker);
    }

    private void awardsAnswer() {
        downstreams.stubFor(put(urlPathMatching("/internal/v1/reports/[0-9a-f-]+/award-schemes"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"reportId\":\"" + UUID.randomUUID() + "\",\"schemes\":[]}")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder measuresStored() {
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"reportId\":\"" + UUID.randomUUID() + "\",\"measureCount\":3}");
    }

    @Test
    void aServiceThatIsDownForAWhileIsRetriedWithBackoffAndTheJobSucceeds() throws Exception {
        awardsAnswer();
        // measures-service resets the first three connections (one attempt of the job, with its client's own retries)
        String scenario = "measures down, then up";
        String state = Scenario.STARTED;
        for (int i = 1; i <= 3; i++) {
            String next = "failed " + i;
            downstreams.stubFor(put(urlPathMatching("/internal/v1/reports/[0-9a-f-]+"))
                    .inScenario(scenario)
                    .whenScenarioStateIs(state)
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                    .willSetStateTo(next));
            state = next;
        }
        downstreams.stubFor(put(urlPathMatching("/internal/v1/reports/[0-9a-f-]+"))
                .inScenario(scenario)
                .whenScenarioStateIs(state)
                .willReturn(measuresStored()));

        JsonNode job = awaitEnd(submit(report("retried")));

        assertThat(job.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.path("error").isNull() || job.path("error").isMissingNode())
                .isTrue();
        UUID id = UUID.fromString(job.path("id").asText());
        int attempts = QuarkusTransaction.requiringNew().call(() -> jobs.findById(id).attempts);
        assertThat(attempts).as("attempts of the job").isGreaterThanOrEqualTo(2);
        assertThat(downstreams.findAll(putRequestedFor(urlPathMatching("/internal/v1/reports/[0-9a-f-]+"))))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aServiceDownForGoodFailsTheJobWithWordsAUserCanActOnAndNoInternals() throws Exception {
        awardsAnswer();
        downstreams.stubFor(put(urlPathMatching("/internal/v1/reports/[0-9a-f-]+"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"detail\":\"secret internal detail at /internal/v1/reports\"}")));

        JsonNode job = awaitEnd(submit(report("down for good")));

        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        String error = job.path("error").asText();
        assertThat(error)
                .contains("measures-service was unavailable")
                .contains("tried " + config.jobs().maxAttempts() + " times")
                .contains("Post the report again");
        assertThat(error)
                .doesNotContain("/internal")
                .doesNotContain("127.0.0.1")
                .doesNotContain("localhost")
                .doesNotContain("Exception")
                .doesNotContain("secret");
    }

    @Test
    void twoInstancesOnOneDatabaseRunEachJobExactlyOnce() throws Exception {
        awardsAnswer();
        downstreams.stubFor(put(urlPathMatching("/internal/v1/reports/[0-9a-f-]+"))
                .willReturn(measuresStored().withFixedDelay(150)));
        // a second instance: its own runner, its own owner name, the same database
        JobRunner second = new JobRunner(config, jobs, uploads, imports, mapper, clock, "second-instance");
        second.start();
        try {
            List<String> locations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                locations.add(submit(report("twice-" + i)));
            }
            for (String location : locations) {
                JsonNode job = awaitEnd(location);
                assertThat(job.path("status").asText()).isEqualTo("SUCCEEDED");
                String reportId = job.path("reportId").asText();
                assertThat(downstreams.findAll(putRequestedFor(urlPathMatching("/internal/v1/reports/" + reportId))))
                        .as("measures stored once for report %s", reportId)
                        .hasSize(1);
                assertThat(downstreams.findAll(putRequestedFor(
                                urlPathMatching("/internal/v1/reports/" + reportId + "/award-schemes"))))
                        .as("award schemes stored once for report %s", reportId)
                        .hasSize(1);
                UUID id = UUID.fromString(job.path("id").asText());
                assertThat(QuarkusTransaction.requiringNew().call(() -> jobs.findById(id).attempts))
                        .isEqualTo(1);
            }
        } finally {
            second.stop();
        }
    }

    @Test
    void aJobOfADeadInstanceIsTakenOverOnlyOnceItsLeaseHasExpired() throws Exception {
        awardsAnswer();
        downstreams.stubFor(
                put(urlPathMatching("/internal/v1/reports/[0-9a-f-]+")).willReturn(measuresStored()));
        UUID id = orphanedJob(report("orphan"), Duration.ofMinutes(30));
        JobRunner other = new JobRunner(config, jobs, uploads, imports, mapper, clock, "other-instance");

        // the lease of the dead instance still runs: nobody may claim the job
        assertThat(other.claim()).isEmpty();
        IngestJob held = QuarkusTransaction.requiringNew().call(() -> jobs.findById(id));
        assertThat(held.status).isEqualTo(IngestJob.Status.RUNNING);
        assertThat(held.leaseOwner).isEqualTo("dead-instance");

        clock.advance(Duration.ofMinutes(31));

        JsonNode job = awaitEnd("/api/v1/ingest/jobs/" + id);
        assertThat(job.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(QuarkusTransaction.requiringNew().call(() -> jobs.findById(id).attempts))
                .isEqualTo(2);
    }

    @Test
    void backoffDoublesUpToItsCapWithBoundedJitter() {
        JobRunner runner = new JobRunner(config, jobs, uploads, imports, mapper, clock, "backoff");
        long initial = config.jobs().initialBackoff().toMillis();
        long max = config.jobs().maxBackoff().toMillis();
        double jitter = config.jobs().jitter();
        for (int attempt = 1; attempt <= 10; attempt++) {
            long base = Math.min(max, initial << (attempt - 1));
            for (int i = 0; i < 20; i++) {
                long wait = runner.backoff(attempt).toMillis();
                assertThat(wait)
                        .isBetween((long) Math.floor(base * (1 - jitter)), (long) Math.ceil(base * (1 + jitter)));
            }
        }
    }

    /** A job that an instance which has since died was running, its lease valid for {@code leaseLeft}. */
    private UUID orphanedJob(String text, Duration leaseLeft) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String hash = SourceHash.of(text);
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            if (uploads.findById(hash) == null) {
                ReportUpload upload = new ReportUpload();
                upload.sourceHash = hash;
                upload.content = text;
                upload.sizeBytes = text.getBytes(StandardCharsets.UTF_8).length;
                upload.mediaType = "text/plain";
                upload.receivedAt = now;
                uploads.persist(upload);
            }
            IngestJob job = new IngestJob();
            job.id = UUID.randomUUID();
            job.status = IngestJob.Status.RUNNING;
            job.stage = "STORING_MEASURES";
            job.sourceHash = hash;
            job.reportId = IngestService.reportId(hash);
            job.createdAt = now;
            job.startedAt = now;
            job.attempts = 1;
            job.leaseOwner = "dead-instance";
            job.leaseExpiresAt = now.plus(leaseLeft);
            jobs.persist(job);
            return job.id;
        });
    }

    private static String submit(String report) {
        return given().auth()
                .oauth2(Tokens.ingest())
                .contentType("text/plain; charset=UTF-8")
                .body(report.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
    }

    private static JsonNode awaitEnd(String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = JSON.readTree(given().when()
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            String status = job.path("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not end: " + location);
    }
}
