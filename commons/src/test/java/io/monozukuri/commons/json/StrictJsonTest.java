package io.monozukuri.commons.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Edition(Integer year, String title, boolean draft, List<String> tags) {}

    private final ObjectMapper strict = StrictJson.apply(new ObjectMapper());

    @Test
    void readsWhatIsWellFormed() throws Exception {
        Edition e = strict.readValue(
                "{\"year\":2020,\"title\":\"第9回\",\"draft\":true,\"tags\":[\"a\",\"😀\"]}", Edition.class);
        assertThat(e).isEqualTo(new Edition(2020, "第9回", true, List.of("a", "😀")));
    }

    @Test
    void refusesUnknownFieldsAndDuplicateKeys() {
        assertThatThrownBy(() -> strict.readValue("{\"year\":2020,\"yeer\":2021}", Edition.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> strict.readValue("{\"year\":2020,\"year\":2021}", Edition.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'year'");
    }

    @Test
    void refusesCoercions() {
        for (String body : List.of(
                "{\"year\":\"2020\"}",
                "{\"year\":2020.7}",
                "{\"year\":true}",
                "{\"title\":12}",
                "{\"title\":true}",
                "{\"draft\":\"true\"}",
                "{\"draft\":1}")) {
            assertThatThrownBy(() -> strict.readValue(body, Edition.class))
                    .as(body)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void refusesNulAndLoneSurrogatesInAnyString() {
        assertThatThrownBy(() -> strict.readValue("{\"title\":\"a\\u0000b\"}", Edition.class))
                .isInstanceOf(StrictJson.UnsafeText.class)
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> strict.readValue("{\"tags\":[\"ok\",\"\\ud800\"]}", Edition.class))
                .isInstanceOf(StrictJson.UnsafeText.class)
                .hasMessageContaining("lone surrogate");
        assertThat(StrictJson.unsafe("\uD83D\uDE00")).isNull();
        assertThat(StrictJson.unsafe("\uDE00x")).isNotNull();
    }

    @Test
    void theLenientCopyIgnoresFieldsAServiceAdded() throws Exception {
        Edition e = StrictJson.lenient(strict).readValue("{\"year\":2020,\"added\":1}", Edition.class);
        assertThat(e.year()).isEqualTo(2020);
        assertThatThrownBy(() -> StrictJson.lenient(strict).readValue("{\"year\":\"2020\"}", Edition.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
