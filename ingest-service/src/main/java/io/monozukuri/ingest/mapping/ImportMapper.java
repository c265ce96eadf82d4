package io.monozukuri.ingest.mapping;

import io.monozukuri.ingest.client.AwardsImport;
import io.monozukuri.ingest.client.AwardsImportResult;
import io.monozukuri.ingest.client.MeasuresImport;
import io.monozukuri.ingest.parser.ParseResult;
import io.monozukuri.ingest.parser.ParsedMeasure;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Turns a parse into the bodies of the internal import calls of measures-service and awards-service. */
public final class ImportMapper {

    private ImportMapper() {}

    public static AwardsImport awards(UUID reportId, ParseResult parse) {
        return new AwardsImport(
                reportId, parse.report().fiscalYear(), parse.report().sourceHash(), parse.awardSchemes());
    }

    public static MeasuresImport measures(ParseResult parse, AwardsImportResult schemes) {
        Map<String, AwardsImportResult.Scheme> byName = new HashMap<>();
        if (schemes != null && schemes.schemes() != null) {
            schemes.schemes().forEach(s -> byName.put(nameKey(s.name()), s));
        }
        List<MeasuresImport.Measure> measures =
                parse.measures().stream().map(m -> measure(m, byName)).toList();
        return new MeasuresImport(
                parse.report().sourceHash(),
                parse.report().title(),
                parse.report().fiscalYear(),
                parse.report().lineCount(),
                parse.report().pageCount(),
                parse.warnings().size(),
                parse.report().chapters(),
                measures);
    }

    private static MeasuresImport.Measure measure(ParsedMeasure m, Map<String, AwardsImportResult.Scheme> schemes) {
        List<MeasuresImport.SchemeLink> links = m.awardSchemeNames() == null
                ? List.of()
                : m.awardSchemeNames().stream()
                        .map(name -> schemes.get(nameKey(name)))
                        .filter(Objects::nonNull)
                        .map(s -> new MeasuresImport.SchemeLink(s.id(), s.name()))
                        .distinct()
                        .toList();
        return new MeasuresImport.Measure(m, links);
    }

    /** The same normalisation awards-service uses to recognise a scheme: NFKC, no white space. */
    static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
