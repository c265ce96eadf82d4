package io.monozukuri.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.ingest.parser.pdf.SamplePdf;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDF route end to end: the sample typeset as a PDF in this test (one printed line per text line, page marks
 * as new pages, an embedded Japanese TrueType font; one column, then two columns per page) and posted to the
 * preview endpoint as application/pdf gives the same parse as the text posted as text/plain.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@WithTestResource(Downstreams.class)
class PdfPreviewRoundTripTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode preview(byte[] body, String contentType) throws IOException {
        String json = given().auth()
                .oauth2(Tokens.ingest())
                .contentType(contentType)
                .body(body)
                .when()
                .post("/api/v1/ingest/preview")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return JSON.readTree(json);
    }

    @ParameterizedTest(name = "{0} column(s) per page")
    @ValueSource(ints = {1, 2})
    void aPdfOfTheSampleParsesLikeItsText(int columns) throws IOException {
        String sample = IngestResourceTest.sample();
        JsonNode text = preview(sample.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
        JsonNode pdf = preview(SamplePdf.typeset(sample, columns), "application/pdf");

        assertThat(pdf.get("measures")).hasSize(text.get("measures").size());
        for (int i = 0; i < text.get("measures").size(); i++) {
            assertThat(pdf.get("measures").get(i))
                    .as("measure %d", i)
                    .isEqualTo(text.get("measures").get(i));
        }
        assertThat(pdf.get("awardSchemes")).isEqualTo(text.get("awardSchemes"));
        assertThat(pdf.get("warnings")).isEqualTo(text.get("warnings"));
        assertThat(pdf.at("/report/fiscalYear").asInt()).isEqualTo(2020);
        assertThat(pdf.at("/report/pageCount")).isEqualTo(text.at("/report/pageCount"));
        assertThat(text.get("measures")).hasSize(295);
        assertThat(text.get("awardSchemes")).hasSize(15);
    }
}
