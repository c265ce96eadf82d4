package io.monozukuri.ingest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an ingest job is. */
@Schema(name = "IngestJobStatus", description = "PENDING (queued), RUNNING, SUCCEEDED or FAILED")
public enum JobStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED
}
