package io.monozukuri.ingest.service;

import io.monozukuri.commons.requestid.RequestIds;
import io.monozukuri.contracts.ReportImportResult;
import io.monozukuri.contracts.ReportSchemesResult;
import io.monozukuri.ingest.IngestJob;
import io.monozukuri.ingest.client.ImportClient;
import io.monozukuri.ingest.config.IngestConfig;
import io.monozukuri.ingest.mapping.ImportMapper;
import io.monozukuri.ingest.mapping.JobMapper;
import io.monozukuri.ingest.parser.ParseResult;
import io.monozukuri.ingest.parser.ReportParser;
import io.monozukuri.ingest.repository.IngestJobRepository;
import io.monozukuri.ingest.repository.ReportUploadRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs ingest jobs in the background: parse, store the award schemes, store the measures. Jobs are leased in the
 * database ({@link IngestJobRepository#claimNext}), so that any number of instances share them and a job runs on one
 * instance at a time; the lease is renewed while the job runs and a job whose instance died is taken over once its
 * lease has expired. A step that fails because a service is unavailable is tried again with exponential backoff and
 * jitter ({@code ingest.jobs.*}); a service that refuses the data fails the job at once. Each step's state is committed
 * on its own so that clients can follow the job; every step is idempotent.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final IngestConfig config;
    private final IngestJobRepository jobs;
    private final ReportUploadRepository uploads;
    private final ImportClient imports;
    private final JobMapper mapper;
    private final Clock clock;
    private final String owner;
    private ExecutorService workers;
    private ScheduledExecutorService ticker;
    private Semaphore free;

    @Inject
    JobRunner(
            IngestConfig config,
            IngestJobRepository jobs,
            ReportUploadRepository uploads,
            ImportClient imports,
            JobMapper mapper,
            Clock clock) {
        this(config, jobs, uploads, imports, mapper, clock, instanceName());
    }

    /** A runner with an owner name of its own (another instance, in tests). */
    JobRunner(
            IngestConfig config,
            IngestJobRepository jobs,
            ReportUploadRepository uploads,
            ImportClient imports,
            JobMapper mapper,
            Clock clock,
            String owner) {
        this.config = config;
        this.jobs = jobs;
        this.uploads = uploads;
        this.imports = imports;
        this.mapper = mapper;
        this.clock = clock;
        this.owner = owner;
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The name this instance holds leases under. */
    public String owner() {
        return owner;
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stop();
    }

    /** Starts the workers and the poller: due jobs (new, to retry, or of a dead instance) are claimed as they come. */
    void start() {
        int size = Math.max(1, config.workers());
        free = new Semaphore(size);
        workers = Executors.newFixedThreadPool(size, daemon("ingest-worker"));
        ticker = Executors.newSingleThreadScheduledExecutor(daemon("ingest-poller"));
        long interval = config.jobs().pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::pollSafely, 0, interval, TimeUnit.MILLISECONDS);
    }

    void stop() throws InterruptedException {
        ticker.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(20, TimeUnit.SECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Looks for due jobs now, e.g. right after one was submitted. */
    public void schedule(UUID jobId) {
        if (ticker != null && !ticker.isShutdown()) {
            ticker.execute(this::pollSafely);
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // the database may be down: the next tick tries again
            LOG.warnf("Could not look for ingest jobs: %s", e.toString());
        }
    }

    /** Claims due jobs while a worker is free and hands each to a worker. */
    void poll() {
        while (free.tryAcquire()) {
            Optional<UUID> claimed;
            try {
                claimed = claim();
            } catch (RuntimeException e) {
                free.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                free.release();
                return;
            }
            UUID id = claimed.get();
            workers.submit(() -> {
                try {
                    run(id);
                } finally {
                    free.release();
                }
            });
        }
    }

    /** Claims one due job for this instance. */
    Optional<UUID> claim() {
        OffsetDateTime now = now();
        return QuarkusTransaction.requiringNew()
                .call(() -> jobs.claimNext(owner, now, now.plus(config.jobs().leaseDuration())));
    }

    /** The job lost its lease (another instance took it over): this instance stops working on it. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(UUID id) {
            super("lease of job " + id + " lost", null, false, false);
        }
    }

    /** Runs one claimed job to its end, a wait for its next attempt, or the loss of its lease. */
    void run(UUID jobId) {
        IngestJob start = QuarkusTransaction.requiringNew().call(() -> jobs.findById(jobId));
        if (start == null || !owner.equals(start.leaseOwner)) {
            return;
        }
        RequestIds.set(start.requestId);
        Duration lease = config.jobs().leaseDuration();
        long renewEvery = Math.max(100, lease.toMillis() / 3);
        ScheduledFuture<?> heartbeat =
                ticker.scheduleAtFixedRate(() -> renew(jobId), renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        String step = "parse";
        try {
            LOG.infof("Ingest job %s: attempt %d on %s", jobId, start.attempts, owner);
            update(jobId, job -> {
                job.stage = "PARSING";
                job.progress = 5;
                if (job.startedAt == null) {
                    job.startedAt = now();
                }
            });
            String text = QuarkusTransaction.requiringNew().call(() -> uploads.findById(start.sourceHash).content);
            ParseResult parse = new ReportParser().parse(text);
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("measures", parse.measures().size());
            counts.put("awardSchemes", parse.awardSchemes().size());
            counts.put("warnings", parse.warnings().size());
            update(jobId, job -> {
                job.title = parse.report().title();
                job.fiscalYear = parse.report().fiscalYear();
                job.counts = mapper.write(counts);
                job.warnings = mapper.write(JobMapper.warnings(parse.warnings()));
                job.stage = "STORING_AWARD_SCHEMES";
                job.progress = 30;
            });
            step = "awards";
            ReportSchemesResult schemes = call(
                    "awards-service",
                    "award schemes",
                    () -> imports.importSchemes(start.reportId, ImportMapper.awards(start.reportId, parse)));
            counts.put(
                    "awardSchemesStored",
                    schemes.schemes() == null ? 0 : schemes.schemes().size());
            update(jobId, job -> {
                job.counts = mapper.write(counts);
                job.stage = "STORING_MEASURES";
                job.progress = 60;
            });
            step = "measures";
            ReportImportResult stored = call(
                    "measures-service",
                    "measures",
                    () -> imports.importReport(start.reportId, ImportMapper.measures(parse, schemes)));
            counts.put("measuresStored", stored.measureCount());
            update(jobId, job -> {
                job.counts = mapper.write(counts);
                job.status = IngestJob.Status.SUCCEEDED;
                job.stage = "DONE";
                job.progress = 100;
                job.error = null;
                job.finishedAt = now();
                job.leaseOwner = null;
                job.leaseExpiresAt = null;
            });
            LOG.infof(
                    "Ingest job %s done: report %s, %d measures, %d award schemes, %d warnings",
                    jobId,
                    start.reportId,
                    stored.measureCount(),
                    counts.get("awardSchemesStored"),
                    parse.warnings().size());
        } catch (LeaseLost e) {
            LOG.warnf("Ingest job %s was taken over by another instance; %s stops working on it", jobId, owner);
        } catch (StepFailed e) {
            failed(jobId, e.failure, e.getCause());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Ingest job %s failed in step %s", jobId, step);
            String reason = step.equals("parse")
                    ? "The report could not be parsed; quote request id " + start.requestId + " when reporting it."
                    : "The job failed unexpectedly; quote request id " + start.requestId + " when reporting it.";
            finish(jobId, job -> job.error = reason);
        } finally {
            heartbeat.cancel(false);
            RequestIds.set(null);
        }
    }

    /** A call to a service failed; carries the classified failure, the cause only for the log. */
    static final class StepFailed extends RuntimeException {
        final transient JobFailure failure;

        StepFailed(JobFailure failure, Throwable cause) {
            super(failure.service() + " failed", cause, false, false);
            this.failure = failure;
        }
    }

    private static <T> T call(String service, String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new StepFailed(JobFailure.ofCall(service, what, e), e);
        }
    }

    private void failed(UUID jobId, JobFailure failure, Throwable cause) {
        IngestJob job = QuarkusTransaction.requiringNew().call(() -> jobs.findById(jobId));
        int attempts = job.attempts;
        int max = Math.max(1, config.jobs().maxAttempts());
        if (failure.transientFailure() && attempts < max) {
            Duration wait = backoff(attempts);
            OffsetDateTime next = now().plus(wait);
            LOG.warnf(
                    "Ingest job %s: %s failed (attempt %d of %d), trying again in %d ms: %s",
                    jobId, failure.service(), attempts, max, wait.toMillis(), String.valueOf(cause));
            update(jobId, j -> {
                j.status = IngestJob.Status.PENDING;
                j.stage = "WAITING_TO_RETRY";
                j.nextAttemptAt = next;
                j.error = failure.waiting(attempts, max, next);
                j.leaseOwner = null;
                j.leaseExpiresAt = null;
            });
            // look again when it is due rather than at the next regular tick
            ticker.schedule(this::pollSafely, wait.toMillis() + 10, TimeUnit.MILLISECONDS);
            return;
        }
        LOG.errorf(
                cause,
                "Ingest job %s failed for good after %d attempts: %s (%s)",
                jobId,
                attempts,
                failure.service(),
                failure.transientFailure() ? "unavailable" : "refused");
        Duration over = Duration.between(job.startedAt == null ? now() : job.startedAt, now());
        String message = failure.failed(attempts, over, job.requestId);
        finish(jobId, j -> j.error = message);
    }

    /** The wait before attempt {@code attempts + 1}: doubling from the initial backoff, capped, with jitter. */
    Duration backoff(int attempts) {
        IngestConfig.Jobs jobsConfig = config.jobs();
        long initial = jobsConfig.initialBackoff().toMillis();
        long max = jobsConfig.maxBackoff().toMillis();
        long base = Math.min(max, initial << Math.min(30, Math.max(0, attempts - 1)));
        double jitter = Math.max(0, Math.min(1, jobsConfig.jitter()));
        double factor = 1 - jitter + ThreadLocalRandom.current().nextDouble() * 2 * jitter;
        return Duration.ofMillis(Math.max(1, Math.round(base * factor)));
    }

    private void finish(UUID jobId, Consumer<IngestJob> change) {
        try {
            update(jobId, job -> {
                change.accept(job);
                job.status = IngestJob.Status.FAILED;
                job.finishedAt = now();
                job.leaseOwner = null;
                job.leaseExpiresAt = null;
            });
        } catch (LeaseLost e) {
            LOG.warnf("Ingest job %s was taken over by another instance before it could be marked failed", jobId);
        }
    }

    private void renew(UUID jobId) {
        try {
            OffsetDateTime until = now().plus(config.jobs().leaseDuration());
            boolean held = QuarkusTransaction.requiringNew().call(() -> jobs.renewLease(jobId, owner, until));
            if (!held) {
                LOG.warnf("Ingest job %s: lease no longer held by %s", jobId, owner);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Ingest job %s: could not renew the lease: %s", jobId, e.toString());
        }
    }

    /** Changes the job in its own transaction, only while this instance holds it. */
    private void update(UUID jobId, Consumer<IngestJob> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            IngestJob job = jobs.findById(jobId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (job == null || job.status != IngestJob.Status.RUNNING || !owner.equals(job.leaseOwner)) {
                throw new LeaseLost(jobId);
            }
            change.accept(job);
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
