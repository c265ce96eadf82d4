package io.monozukuri.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.contracts.ContractSamples;
import io.monozukuri.contracts.ReportImport;
import io.monozukuri.contracts.ReportSchemes;
import io.monozukuri.contracts.ReportSchemesResult;
import io.monozukuri.ingest.parser.ParseResult;
import io.monozukuri.ingest.parser.ReportParser;
import io.monozukuri.testsupport.WireShape;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ingest-service as the consumer of the two import contracts: what it sends for the FY2020 sample has exactly the
 * fields of the golden samples the providers accept, and it reads the providers' golden answers. A field renamed in
 * the mapping or in a contract record fails here.
 */
class ImportMapperContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ParseResult parse;

    @BeforeAll
    static void parseTheSample() throws Exception {
        parse = new ReportParser()
                .parse(Files.readString(
                        Path.of("../data/fy2020-monozukuri-white-paper-part2.txt"), StandardCharsets.UTF_8));
    }

    private static Set<String> shape(Object body) {
        return WireShape.of(JSON.valueToTree(body));
    }

    @Test
    void theAwardSchemesSentHaveTheShapeAwardsServiceAccepts() {
        ReportSchemes body = ImportMapper.awards(UUID.randomUUID(), parse);
        assertThat(body.schemes()).hasSizeGreaterThan(10);
        assertThat(shape(body)).isEqualTo(WireShape.of(ContractSamples.REPORT_SCHEMES.json()));
    }

    @Test
    void theReportSentHasTheShapeMeasuresServiceAcceptsWithSchemeLinksResolved() throws Exception {
        ReportSchemesResult answer =
                JSON.readValue(ContractSamples.REPORT_SCHEMES_RESULT.json(), ReportSchemesResult.class);
        ReportImport body = ImportMapper.measures(parse, answer);
        assertThat(body.measures()).hasSizeGreaterThan(250);
        assertThat(shape(body)).isEqualTo(WireShape.of(ContractSamples.REPORT_IMPORT.json()));
        List<UUID> linked = body.measures().stream()
                .flatMap(m -> m.awardSchemes().stream())
                .map(l -> l.id())
                .distinct()
                .collect(Collectors.toList());
        assertThat(linked).containsExactly(answer.schemes().get(0).id());
    }

    @Test
    void readsTheProvidersAnswers() throws Exception {
        assertThat(JSON.readValue(
                                ContractSamples.REPORT_IMPORT_RESULT.json(),
                                io.monozukuri.contracts.ReportImportResult.class)
                        .measureCount())
                .isEqualTo(2);
    }
}
