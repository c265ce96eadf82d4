package io.monozukuri.ingest.service;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.commons.requestid.RequestIds;
import io.monozukuri.ingest.IngestJob;
import io.monozukuri.ingest.ReportUpload;
import io.monozukuri.ingest.api.Job;
import io.monozukuri.ingest.api.Preview;
import io.monozukuri.ingest.config.IngestConfig;
import io.monozukuri.ingest.mapping.JobMapper;
import io.monozukuri.ingest.parser.ParseResult;
import io.monozukuri.ingest.parser.ReportParser;
import io.monozukuri.ingest.repository.IngestJobRepository;
import io.monozukuri.ingest.repository.ReportUploadRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads uploaded reports, previews their parse, and records ingest jobs for {@link JobRunner} to run. */
@ApplicationScoped
public class IngestService {

    private final IngestConfig config;
    private final IngestJobRepository jobs;
    private final ReportUploadRepository uploads;
    private final JobMapper mapper;
    private final JobRunner runner;
    private final Clock clock;

    IngestService(
            IngestConfig config,
            IngestJobRepository jobs,
            ReportUploadRepository uploads,
            JobMapper mapper,
            JobRunner runner,
            Clock clock) {
        this.clock = clock;
        this.config = config;
        this.jobs = jobs;
        this.uploads = uploads;
        this.mapper = mapper;
        this.runner = runner;
    }

    /** The id a report gets, derived from the hash of its normalised text (docs/internal-api.md). */
    public static UUID reportId(String sourceHash) {
        return UUID.nameUUIDFromBytes(("report:" + sourceHash).getBytes(StandardCharsets.UTF_8));
    }

    public Preview preview(byte[] body, String mediaType) {
        String text = ReportReader.read(body, mediaType, config.maxReportBytes());
        ParseResult parse = new ReportParser().parse(text);
        return JobMapper.toPreview(reportId(parse.report().sourceHash()), parse);
    }

    /** Stores the upload and a pending job, and hands the job to the runner once that is committed. */
    public Job submit(byte[] body, String mediaType, String submittedBy) {
        String text = ReportReader.read(body, mediaType, config.maxReportBytes());
        IngestJob job = QuarkusTransaction.requiringNew().call(() -> createJob(text, mediaType, submittedBy));
        runner.schedule(job.id);
        return mapper.toApi(job);
    }

    private IngestJob createJob(String text, String mediaType, String submittedBy) {
        String hash = SourceHash.of(text);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (uploads.findById(hash) == null) {
            ReportUpload upload = new ReportUpload();
            upload.sourceHash = hash;
            upload.content = text;
            upload.sizeBytes = text.getBytes(StandardCharsets.UTF_8).length;
            upload.mediaType = mediaType == null ? "text/plain" : mediaType;
            upload.receivedAt = now;
            uploads.persist(upload);
        }
        IngestJob job = new IngestJob();
        job.id = UUID.randomUUID();
        job.status = IngestJob.Status.PENDING;
        job.stage = "QUEUED";
        job.sourceHash = hash;
        job.reportId = reportId(hash);
        job.submittedBy = submittedBy;
        job.requestId = RequestIds.current();
        job.createdAt = now;
        jobs.persist(job);
        return job;
    }

    @Transactional
    public Job job(UUID id) {
        IngestJob job = jobs.findById(id);
        if (job == null) {
            throw ProblemException.notFound("No ingest job with id " + id);
        }
        return mapper.toApi(job);
    }

    @Transactional
    public PageResponse<Job> jobs(PageRequest page) {
        return PageResponse.of(
                jobs.newestFirst(page.page(), page.size()).stream()
                        .map(mapper::toApi)
                        .toList(),
                page,
                jobs.count());
    }
}
