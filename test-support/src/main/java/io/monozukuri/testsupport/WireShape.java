package io.monozukuri.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of a JSON document: the path of every field, array elements collapsed to {@code *}
 * ({@code /measures/* /budgets/* /amountYen}). Contract tests compare the shape of real traffic with the shape of the
 * golden samples of the {@code contracts} module, so that a field renamed, added or dropped on one side fails.
 */
public final class WireShape {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireShape() {}

    public static Set<String> of(String json) {
        try {
            return of(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<String> of(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String at, JsonNode node, Set<String> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String path = at + "/" + e.getKey();
                paths.add(path);
                collect(path, e.getValue(), paths);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(at + "/*", element, paths));
        }
    }
}
