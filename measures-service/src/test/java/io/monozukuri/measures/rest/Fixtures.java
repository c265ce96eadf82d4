package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.testsupport.Tokens;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The realistic report fixture (29 measures of the FY2020 report) and how tests import it. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String AWARD_SCHEME = "5d6f2a52-4b0e-4a44-9d1e-2f4f2d8c9a11";

    private Fixtures() {}

    /** A fresh copy of the fixture report. */
    static ObjectNode report() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/report-2020.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as another fiscal year's edition. */
    static ObjectNode report(int fiscalYear) {
        ObjectNode r = report();
        r.put("fiscalYear", fiscalYear);
        return r;
    }

    static ObjectNode measure(ObjectNode report, String code) {
        for (var m : (ArrayNode) report.get("measures")) {
            if (code.equals(m.get("code").asText())) {
                return (ObjectNode) m;
            }
        }
        throw new IllegalArgumentException("no measure " + code + " in the fixture");
    }

    static int importReport(UUID reportId, ObjectNode body) {
        return given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .when()
                .put("/internal/v1/reports/" + reportId)
                .then()
                .extract()
                .statusCode();
    }

    /** Imports the fixture under a new report id and answers the id. */
    static UUID importNew(ObjectNode body) {
        UUID id = UUID.randomUUID();
        int status = importReport(id, body);
        if (status != 201) {
            throw new IllegalStateException("fixture import answered " + status);
        }
        return id;
    }

    static UUID measureId(UUID reportId, String code) {
        return UUID.nameUUIDFromBytes(("measure:" + reportId + ":" + code).getBytes(StandardCharsets.UTF_8));
    }
}
