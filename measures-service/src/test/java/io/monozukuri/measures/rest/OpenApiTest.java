package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monozukuri.measures.mapping.ExportColumns;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class OpenApiTest {

    @Test
    void everyOperationIsDocumentedAndReadsArePublic() throws Exception {
        JsonNode doc = Fixtures.JSON.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Set<String> operationIds = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().get("operationId") == null) {
                    continue; // not an operation (parameters)
                }
                String where = op.getKey() + " " + path.getKey();
                JsonNode o = op.getValue();
                assertThat(operationIds.add(o.get("operationId").asText()))
                        .as(where)
                        .isTrue();
                assertThat(o.path("summary").asText()).as(where).isNotBlank();
                assertThat(o.path("tags").size()).as(where).isPositive();
                assertThat(o.has("security")).as(where).isTrue();
                assertThat(o.at("/responses/500/content/application~1problem+json/schema/$ref")
                                .asText())
                        .as(where)
                        .isEqualTo("#/components/schemas/Problem");
                if (op.getKey().equals("get")) {
                    assertThat(o.get("security").size()).as(where).isZero();
                } else {
                    assertThat(o.get("security").toString()).as(where).contains("bearerAuth");
                    assertThat(o.at("/responses/401/content/application~1problem+json")
                                    .isMissingNode())
                            .as(where)
                            .isFalse();
                    assertThat(o.at("/responses/403").isMissingNode()).as(where).isFalse();
                }
            }
        }
        assertThat(operationIds)
                .contains(
                        "listMeasures",
                        "getMeasure",
                        "measureStats",
                        "correctMeasure",
                        "listMeasureCorrections",
                        "listReports",
                        "getReport",
                        "getReportOutline",
                        "listMinistries",
                        "importReport");
        assertThat(doc.at("/components/schemas/MeasureKind/enum").toString()).contains("SUBITEM");
        assertThat(doc.at("/components/schemas/Measure/properties/budgets").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1v1~1measures/get/responses/400/content/application~1problem+json")
                        .isMissingNode())
                .isFalse();
    }

    @Test
    void everyListIsExportableWithLinkHeadersAndItsCsvExampleHasTheColumns() throws Exception {
        JsonNode doc = Fixtures.JSON.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Map<String, io.monozukuri.commons.csv.CsvColumns<?>> lists = Map.of(
                "/api/v1/measures", ExportColumns.MEASURE,
                "/api/v1/reports", ExportColumns.REPORT,
                "/api/v1/ministries", ExportColumns.MINISTRY,
                "/api/v1/measures/{id}/history", ExportColumns.CORRECTION);
        Set<String> pages = new HashSet<>();
        doc.get("paths").fields().forEachRemaining(path -> {
            JsonNode ok = path.getValue().at("/get/responses/200");
            if (ok.at("/content/application~1json/schema/$ref").asText().endsWith("Page")) {
                pages.add(path.getKey());
            }
        });
        assertThat(pages).containsExactlyInAnyOrderElementsOf(lists.keySet());
        for (var list : lists.entrySet()) {
            JsonNode get = doc.get("paths").get(list.getKey()).get("get");
            JsonNode ok = get.at("/responses/200");
            assertThat(ok.get("headers").has("Link")).as(list.getKey()).isTrue();
            assertThat(ok.get("headers").has("Content-Disposition"))
                    .as(list.getKey())
                    .isTrue();
            assertThat(ok.at("/content/application~1x-ndjson/example").asText())
                    .as(list.getKey())
                    .startsWith("{")
                    .endsWith("}\n");
            String csv = ok.at("/content/text~1csv/examples/csv/value").asText();
            assertThat(csv.substring(0, csv.indexOf("\r\n")))
                    .as(list.getKey())
                    .isEqualTo(String.join(",", list.getValue().header()));
            List<String> parameters = new ArrayList<>();
            // shared parameters (If-None-Match) are references without a name
            get.get("parameters").forEach(p -> parameters.add(p.path("name").asText()));
            assertThat(parameters).as(list.getKey()).contains("page", "size", "format", "bom");
        }
        assertThat(doc.at("/components/schemas/ListFormat/enum").toString()).isEqualTo("[\"json\",\"csv\",\"ndjson\"]");
    }
}
