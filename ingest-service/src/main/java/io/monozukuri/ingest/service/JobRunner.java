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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Runs ingest jobs in the background: parse, store the award schemes, store the measures. Each step's state is
 * committed on its own so that clients can follow the job; jobs interrupted by a restart are run again at start-up
 * (every step is idempotent).
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final IngestConfig config;
    private final IngestJobRepository jobs;
    private final ReportUploadRepository uploads;
    private final ImportClient imports;
    private final JobMapper mapper;
    private ExecutorService executor;

    JobRunner(
            IngestConfig config,
            IngestJobRepository jobs,
            ReportUploadRepository uploads,
            ImportClient imports,
            JobMapper mapper) {
        this.config = config;
        this.jobs = jobs;
        this.uploads = uploads;
        this.imports = imports;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        executor = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
        QuarkusTransaction.requiringNew().call(jobs::unfinished).forEach(job -> {
            LOG.infof("Resuming ingest job %s interrupted by a restart", job.id);
            schedule(job.id);
        });
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(20, TimeUnit.SECONDS);
    }

    public void schedule(UUID jobId) {
        executor.submit(() -> run(jobId));
    }

    void run(UUID jobId) {
        IngestJob start = QuarkusTransaction.requiringNew().call(() -> jobs.findById(jobId));
        if (start == null) {
            return;
        }
        RequestIds.set(start.requestId);
        try {
            update(jobId, job -> {
                job.status = IngestJob.Status.RUNNING;
                job.stage = "PARSING";
                job.progress = 5;
                job.startedAt = now();
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
            ReportSchemesResult schemes =
                    imports.importSchemes(start.reportId, ImportMapper.awards(start.reportId, parse));
            counts.put(
                    "awardSchemesStored",
                    schemes.schemes() == null ? 0 : schemes.schemes().size());
            update(jobId, job -> {
                job.counts = mapper.write(counts);
                job.stage = "STORING_MEASURES";
                job.progress = 60;
            });
            ReportImportResult stored = imports.importReport(start.reportId, ImportMapper.measures(parse, schemes));
            counts.put("measuresStored", stored.measureCount());
            update(jobId, job -> {
                job.counts = mapper.write(counts);
                job.status = IngestJob.Status.SUCCEEDED;
                job.stage = "DONE";
                job.progress = 100;
                job.finishedAt = now();
            });
            LOG.infof(
                    "Ingest job %s done: report %s, %d measures, %d award schemes, %d warnings",
                    jobId,
                    start.reportId,
                    stored.measureCount(),
                    counts.get("awardSchemesStored"),
                    parse.warnings().size());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Ingest job %s failed", jobId);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            update(jobId, job -> {
                job.status = IngestJob.Status.FAILED;
                job.error = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
                job.finishedAt = now();
            });
        } finally {
            RequestIds.set(null);
        }
    }

    private void update(UUID jobId, Consumer<IngestJob> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(jobs.findById(jobId)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
