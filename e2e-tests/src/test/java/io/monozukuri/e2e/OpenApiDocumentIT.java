package io.monozukuri.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The committed {@code openapi/openapi.json} is the document the gateway serves: a change to the API shows in review
 * as a change to that file, and the clients of {@code api-client} are generated from what is really served.
 */
@ExtendWith(StackExtension.class)
class OpenApiDocumentIT {

    static final String REFRESH = "openapi/refresh.sh";
    static final ObjectMapper JSON = new ObjectMapper();

    static Stack stack;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theServedDocumentIsTheCommittedOne() throws Exception {
        Path committedFile = stack.root().resolve("openapi/openapi.json");
        assertThat(committedFile)
                .as("the committed document; make it with %s", REFRESH)
                .exists();
        JsonNode committed = JSON.readTree(committedFile.toFile());
        JsonNode served = JSON.readTree(fetchComplete("/q/openapi?format=json"));

        if (!served.equals(committed)) {
            Path copy = Path.of("target", "openapi-served.json");
            Files.createDirectories(copy.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(copy.toFile(), served);
            List<String> differences = new ArrayList<>();
            diff("", committed, served, differences);
            throw new AssertionError("The gateway serves an OpenAPI document that differs from the committed "
                    + "openapi/openapi.json (served copy: e2e-tests/" + copy + "). If the API change is meant, run `"
                    + REFRESH + "` (it builds the gateway and copies its document) and commit the file.\n"
                    + "First differences (JSON pointer: committed -> served):\n  "
                    + String.join("\n  ", differences));
        }
    }

    @Test
    void openapiJsonIsTheSameDocument() throws Exception {
        JsonNode q = JSON.readTree(fetchComplete("/q/openapi?format=json"));
        JsonNode plain = JSON.readTree(fetchComplete("/openapi.json"));
        assertThat(plain).isEqualTo(q);
    }

    /** The document is made when the gateway is built: it is served whole from the first request. */
    private String fetchComplete(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return response.body();
    }

    /** Collects up to 25 JSON pointers where the two documents differ. */
    static void diff(String pointer, JsonNode committed, JsonNode served, List<String> out) {
        if (out.size() >= 25 || committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name)) {
                    out.add(child + ": (absent) -> added");
                } else if (!served.has(name)) {
                    out.add(child + ": removed");
                } else {
                    diff(child, committed.get(name), served.get(name), out);
                }
                if (out.size() >= 25) {
                    return;
                }
            }
        } else if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            Iterator<JsonNode> a = committed.elements();
            Iterator<JsonNode> b = served.elements();
            for (int i = 0; a.hasNext(); i++) {
                diff(pointer + "/" + i, a.next(), b.next(), out);
            }
        } else {
            out.add((pointer.isEmpty() ? "/" : pointer) + ": " + abbreviate(committed) + " -> " + abbreviate(served));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
