package io.monozukuri.ingest.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.ingest.IngestJob;
import io.monozukuri.ingest.parser.ParseWarning;
import io.monozukuri.ingest.rest.JobResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Maps job entities to the API record, and the JSON columns of a job to and from values. */
@ApplicationScoped
public class JobMapper {

    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {};
    private static final TypeReference<List<ParseWarning>> WARNINGS = new TypeReference<>() {};

    private final ObjectMapper json;

    JobMapper(ObjectMapper json) {
        this.json = json;
    }

    public JobResponse toResponse(IngestJob job) {
        return new JobResponse(
                job.id,
                job.status,
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
