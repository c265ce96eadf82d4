package io.monozukuri.ingest.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.ingest.IngestJob;
import io.monozukuri.ingest.api.Job;
import io.monozukuri.ingest.api.JobStatus;
import io.monozukuri.ingest.api.Preview;
import io.monozukuri.ingest.api.Warning;
import io.monozukuri.ingest.parser.ParseResult;
import io.monozukuri.ingest.parser.ParseWarning;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps jobs and parses to the API records, and the JSON columns of a job to and from values. */
@ApplicationScoped
public class JobMapper {

    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {};
    private static final TypeReference<List<Warning>> WARNINGS = new TypeReference<>() {};

    private final ObjectMapper json;

    JobMapper(ObjectMapper json) {
        this.json = json;
    }

    public Job toApi(IngestJob job) {
        return new Job(
                job.id,
                JobStatus.valueOf(job.status.name()),
                job.reportId,
                job.sourceHash,
                job.title,
                job.fiscalYear,
                job.progress,
                job.stage,
                read(job.counts, COUNTS),
                read(job.warnings, WARNINGS),
                job.error,
                job.createdAt,
                job.startedAt,
                job.finishedAt);
    }

    public static Preview toPreview(UUID reportId, ParseResult parse) {
        var r = parse.report();
        return new Preview(
                reportId,
                new Preview.Report(
                        r.sourceHash(),
                        r.title(),
                        r.fiscalYear(),
                        r.lineCount(),
                        r.pageCount(),
                        ImportMapper.chapters(r.chapters()),
                        r.counts()),
                parse.measures().stream()
                        .map(m -> ImportMapper.measure(
                                m, name -> new io.monozukuri.contracts.AwardSchemeLink(null, name)))
                        .toList(),
                parse.awardSchemes().stream().map(ImportMapper::scheme).toList(),
                warnings(parse.warnings()));
    }

    public static List<Warning> warnings(List<ParseWarning> warnings) {
        return warnings.stream()
                .map(w -> new Warning(w.line(), w.code(), w.message()))
                .toList();
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write job data as JSON", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored job data is not valid JSON", e);
        }
    }
}
