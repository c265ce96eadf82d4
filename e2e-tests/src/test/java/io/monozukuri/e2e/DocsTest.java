package io.monozukuri.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs stand on their own and agree with the committed public document (openapi/openapi.json): the README's
 * endpoint table and docs/api.md's name exactly the document's operations, and nothing committed sends readers to a
 * file outside the repository or to a path of one machine.
 */
class DocsTest {

    static final Path ROOT = Path.of(System.getProperty("monozukuri.root", ".."))
            .toAbsolutePath()
            .normalize();
    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Every operation of the public document, as "METHOD path". */
    static Set<String> documented() throws IOException {
        JsonNode doc =
                new ObjectMapper().readTree(ROOT.resolve("openapi/openapi.json").toFile());
        Set<String> operations = new TreeSet<>();
        doc.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        operations.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
        return operations;
    }

    /**
     * The operations of a markdown endpoint table: each row's first cell lists methods, the second backticked paths
     * (a query after ? is an example and left out); only /api/ paths.
     */
    static Set<String> table(Path file, String heading) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith(heading)) {
                start = i;
            }
        }
        assertThat(start).as(heading + " in " + file).isNotNegative();
        Set<String> operations = new TreeSet<>();
        Pattern path = Pattern.compile("`(/api/[^`?]*)(\\?[^`]*)?`");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            String[] cells = line.split("\\|");
            if (!line.startsWith("|") || cells.length < 3) {
                continue;
            }
            List<String> methods = new ArrayList<>();
            for (String m : cells[1].split(",")) {
                if (METHODS.contains(m.strip().toLowerCase())) {
                    methods.add(m.strip().toUpperCase());
                }
            }
            Matcher paths = path.matcher(cells[2]);
            while (paths.find()) {
                for (String method : methods) {
                    operations.add(method + " " + paths.group(1));
                }
            }
        }
        return operations;
    }

    @Test
    void theReadmeTableNamesEveryOperationOfTheDocumentAndNoOther() throws IOException {
        assertThat(table(ROOT.resolve("README.md"), "## Endpoints (through the gateway"))
                .containsExactlyInAnyOrderElementsOf(documented());
    }

    @Test
    void theApiContractNamesEveryOperationOfTheDocumentAndNoOther() throws IOException {
        assertThat(table(ROOT.resolve("docs/api.md"), "## Every operation"))
                .containsExactlyInAnyOrderElementsOf(documented());
    }

    @Test
    void theSampleRequestsUseOnlyDocumentedOperations() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern request = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE) \\{\\{base}}(/api/[^?\\s]*)");
        Set<String> templates = documented();
        for (String line : Files.readAllLines(ROOT.resolve("docs/requests.http"), StandardCharsets.UTF_8)) {
            Matcher m = request.matcher(line);
            if (m.find()) {
                String concrete = m.group(2);
                String match = templates.stream()
                        .filter(t -> t.startsWith(m.group(1) + " ")
                                && concrete.matches(
                                        t.substring(t.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "[^/]+")))
                        .findFirst()
                        .orElse(null);
                assertThat(match).as(line).isNotNull();
                used.add(match);
            }
        }
        assertThat(used)
                .contains(
                        "GET /api/v1/measures",
                        "PATCH /api/v1/measures/{id}",
                        "POST /api/v1/ingest/reports",
                        "POST /api/v1/ingest/preview",
                        "GET /api/v1/award-schemes");
    }

    @Test
    void nothingCommittedPointsOutsideTheRepository() throws IOException {
        Pattern outside = Pattern.compile(
                "CONTRACT\\.md|REPORT-FORMAT\\.md|STYLE\\.md|\\.\\./shared/|/work/|/home/\\w+/|/Users/\\w+/");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(Files::isRegularFile)
                    .filter(
                            f -> !ROOT.relativize(f)
                                    .toString()
                                    .matches(
                                            "(.*/)?(target|node_modules|\\.git|\\.run|\\.idea)(/.*)?|\\.git|.*\\.(jar|pdf|png|class)"))
                    .filter(f -> !f.equals(ROOT.resolve("e2e-tests/src/test/java/io/monozukuri/e2e/DocsTest.java")))
                    .forEach(f -> {
                        try {
                            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                            for (int i = 0; i < lines.size(); i++) {
                                if (outside.matcher(lines.get(i)).find()) {
                                    found.add(ROOT.relativize(f) + ":" + (i + 1) + ": "
                                            + lines.get(i).strip());
                                }
                            }
                        } catch (java.nio.charset.MalformedInputException e) {
                            // not text
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        assertThat(found).isEmpty();
    }
}
