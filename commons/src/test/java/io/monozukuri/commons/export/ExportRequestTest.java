package io.monozukuri.commons.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

    /** HttpHeaders answering only the acceptable media types, in the order given (as ordered by quality). */
    private static HttpHeaders accepting(String... types) {
        List<MediaType> accepted =
                java.util.Arrays.stream(types).map(MediaType::valueOf).toList();
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(), new Class<?>[] {HttpHeaders.class}, (p, m, a) -> {
                    if (m.getName().equals("getAcceptableMediaTypes")) {
                        return accepted;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void theFormatParameterWinsOverTheAcceptHeader() {
        assertThat(new ExportRequest(ListFormat.ndjson, false).format(accepting("text/csv")))
                .isEqualTo(ListFormat.ndjson);
        assertThat(new ExportRequest(ListFormat.json, false).format(accepting("text/csv")))
                .isEqualTo(ListFormat.json);
    }

    @Test
    void theAcceptHeaderChoosesByQualityAndAWildcardIsJson() {
        ExportRequest none = new ExportRequest();
        assertThat(none.format(accepting("text/csv"))).isEqualTo(ListFormat.csv);
        assertThat(none.format(accepting("application/x-ndjson", "application/json")))
                .isEqualTo(ListFormat.ndjson);
        assertThat(none.format(accepting("application/json", "text/csv"))).isEqualTo(ListFormat.json);
        assertThat(none.format(accepting("*/*"))).isEqualTo(ListFormat.json);
        assertThat(none.format(accepting("text/*"))).isEqualTo(ListFormat.csv);
        assertThat(none.format(accepting("text/html", "text/csv"))).isEqualTo(ListFormat.csv);
        assertThat(none.format(accepting())).isEqualTo(ListFormat.json);
        assertThat(none.format(null)).isEqualTo(ListFormat.json);
    }

    @Test
    void bomIsOffUnlessTrue() {
        assertThat(new ExportRequest().bom()).isFalse();
        assertThat(new ExportRequest(ListFormat.csv, true).bom()).isTrue();
        assertThat(new ExportRequest(ListFormat.csv, false).bom()).isFalse();
    }
}
