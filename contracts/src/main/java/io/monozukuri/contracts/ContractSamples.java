package io.monozukuri.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The golden examples of the wire, shipped in this jar under {@code contracts/}: what the provider of each call must
 * accept or produce, and what its consumer must send or be able to read. Each side's contract test holds its real
 * traffic against them, field by field, so that a field renamed on one side fails a build.
 */
public enum ContractSamples {
    /** ingest-service → measures-service: {@code PUT /internal/v1/reports/{reportId}} */
    REPORT_IMPORT("report-import.json", ReportImport.class),
    REPORT_IMPORT_RESULT("report-import-result.json", ReportImportResult.class),
    /** ingest-service → awards-service: {@code PUT /internal/v1/reports/{reportId}/award-schemes} */
    REPORT_SCHEMES("report-schemes.json", ReportSchemes.class),
    REPORT_SCHEMES_RESULT("report-schemes-result.json", ReportSchemesResult.class),
    /** gateway ← measures-service: {@code GET /api/v1/measures} (a page of {@link Measure}) */
    MEASURE_PAGE("measure-page.json", Measure.class),
    /** gateway ← awards-service: {@code GET /api/v1/award-schemes} (a page of {@link AwardScheme}) */
    AWARD_SCHEME_PAGE("award-scheme-page.json", AwardScheme.class);

    private final String file;
    private final Class<?> record;

    ContractSamples(String file, Class<?> record) {
        this.file = file;
        this.record = record;
    }

    /** The record the sample is (for pages: the record of each item). */
    public Class<?> record() {
        return record;
    }

    /** The sample's JSON text. */
    public String json() {
        try (InputStream in = ContractSamples.class.getResourceAsStream("/contracts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("contracts/" + file + " is missing from the contracts jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
