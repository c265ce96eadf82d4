package io.monozukuri.ingest.client;

import java.util.List;
import java.util.UUID;

/** awards-service's answer to an import: the id of each scheme, by name. */
public record AwardsImportResult(UUID reportId, List<Scheme> schemes) {

    public record Scheme(UUID id, String name, boolean created) {}
}
