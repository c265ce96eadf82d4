package io.monozukuri.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.testsupport.WireShape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The records and the golden samples agree field by field: each sample reads strictly into its record (a field the
 * record does not have fails) and the record writes exactly the sample back (a field the sample lacks fails). Renaming
 * a record component therefore fails here first; the services' contract tests hold their real traffic against the same
 * samples.
 */
class GoldenSamplesTest {

    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static List<JsonNode> records(ContractSamples sample) throws Exception {
        JsonNode tree = STRICT.readTree(sample.json());
        List<JsonNode> records = new ArrayList<>();
        if (tree.has("items") && tree.has("totalItems")) {
            tree.get("items").forEach(records::add);
        } else {
            records.add(tree);
        }
        return records;
    }

    @ParameterizedTest
    @EnumSource(ContractSamples.class)
    void eachSampleIsExactlyWhatItsRecordReadsAndWrites(ContractSamples sample) throws Exception {
        for (JsonNode json : records(sample)) {
            Object record = STRICT.treeToValue(json, sample.record());
            // what goes on the wire, read back: valueToTree would keep a long as a LongNode, unequal to the IntNode
            // the same digits read as (a long field with a small value, e.g. a measure's version)
            JsonNode written = STRICT.readTree(STRICT.writeValueAsBytes(record));
            assertThat(WireShape.of(written)).as(sample.name()).isEqualTo(WireShape.of(json));
            assertThat(written).as(sample.name()).isEqualTo(json);
        }
    }

    @Test
    void aRenamedFieldIsRefused() throws Exception {
        ObjectNode renamed = (ObjectNode) STRICT.readTree(ContractSamples.REPORT_IMPORT_RESULT.json());
        renamed.set("measuresCount", renamed.remove("measureCount"));
        assertThatThrownBy(() -> STRICT.treeToValue(renamed, ReportImportResult.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("measuresCount");
    }
}
