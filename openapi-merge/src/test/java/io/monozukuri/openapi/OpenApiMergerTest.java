package io.monozukuri.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static OpenApiMerger.Source source(String key, String... prefixes) throws IOException {
        try (InputStream in = OpenApiMergerTest.class.getResourceAsStream("/openapi/" + key + ".json")) {
            ObjectNode doc = (ObjectNode) JSON.readTree(in);
            String prefix = Character.toUpperCase(key.charAt(0)) + key.substring(1);
            return new OpenApiMerger.Source(key, prefix, prefix, doc, path -> List.of(prefixes).stream()
                    .anyMatch(p -> path.equals(p) || path.startsWith(p + "/")));
        }
    }

    private static JsonNode merged() throws IOException {
        return OpenApiMerger.merge(
                List.of(
                        source("measures", "/api/v1/measures", "/api/v1/reports"),
                        source("awards", "/api/v1/award-schemes", "/api/v1/recipients"),
                        source("ingest", "/api/v1/ingest")),
                new OpenApiMerger.Settings("T", "1", "d", "http://localhost:8080", "3.1.0"));
    }

    @Test
    void keepsThePublicRoutedPathsOnly() throws IOException {
        JsonNode doc = merged();
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/v1/measures", "/api/v1/measures/{id}", "/api/v1/award-schemes");
        assertThat(paths).noneMatch(p -> p.startsWith("/internal") || p.startsWith("/q/"));
        assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo("http://localhost:8080");
    }

    @Test
    void operationIdsAreUniqueAndReadsPublicWritesBearer() throws IOException {
        JsonNode doc = merged();
        Set<String> ids = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            assertThat(ids.add(op.getValue().path("operationId").asText())).isTrue();
            assertThat(op.getValue().has("security")).isTrue();
        }));
        assertThat(ids).contains("measuresList", "awardsList");
        JsonNode paths = doc.get("paths");
        assertThat(paths.at("/~1api~1v1~1measures/get/security").toString()).isEqualTo("[]");
        assertThat(paths.at("/~1api~1v1~1measures~1{id}/patch/security").toString())
                .isEqualTo("[{\"bearerAuth\":[]}]");
        assertThat(doc.path("components").path("securitySchemes").size()).isEqualTo(1);
    }

    @Test
    void clashingSchemasArePrefixedAndEveryReferenceResolves() throws IOException {
        JsonNode doc = merged();
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.has("Source")).isFalse();
        assertThat(schemas.at("/Measure/properties/source/$ref").asText())
                .isEqualTo("#/components/schemas/MeasuresSource");
        assertThat(schemas.at("/AwardScheme/properties/source/$ref").asText())
                .isEqualTo("#/components/schemas/AwardsSource");
        Set<String> refs = new HashSet<>();
        collect(doc, refs);
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static void collect(JsonNode node, Set<String> refs) {
        node.fields().forEachRemaining(e -> {
            if (e.getKey().equals("$ref")) {
                refs.add(e.getValue().asText());
            } else {
                collect(e.getValue(), refs);
            }
        });
        if (node.isArray()) {
            node.forEach(child -> collect(child, refs));
        }
    }
}
