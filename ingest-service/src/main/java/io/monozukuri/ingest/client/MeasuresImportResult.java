package io.monozukuri.ingest.client;

import java.util.UUID;

/** measures-service's answer to an import. */
public record MeasuresImportResult(UUID reportId, int measureCount) {}
