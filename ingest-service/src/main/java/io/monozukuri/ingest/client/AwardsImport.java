package io.monozukuri.ingest.client;

import io.monozukuri.ingest.parser.ParsedAwardScheme;
import java.util.List;
import java.util.UUID;

/** The body of awards-service's {@code PUT /internal/v1/reports/{reportId}/award-schemes}. */
public record AwardsImport(UUID reportId, Integer fiscalYear, String sourceHash, List<ParsedAwardScheme> schemes) {}
