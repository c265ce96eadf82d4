package io.monozukuri.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the OpenAPI documents of the services (and the gateway's own) into one document, without knowing
 * anything about what they describe. The rules:
 *
 * <ul>
 *   <li>paths: every path a source describes and the gateway routes to it; never {@code /internal/*} nor
 *       {@code /q/*}; when two sources describe the same path, the first wins;
 *   <li>components: a name defined the same way by several sources is kept once; a name defined differently
 *       (or whose definition refers to such a name) is prefixed with each source's prefix, and the
 *       {@code $ref}s of that source are rewritten; a reference a source makes to a component it does not
 *       define (the gateway refers to {@code Measure}) resolves to the first source that defines it;
 *   <li>operation ids: kept when unique, prefixed with the source's prefix when two sources use the same
 *       one, made from method and path when missing;
 *   <li>security: every bearer scheme becomes {@code components.securitySchemes.bearerAuth}; a document's
 *       global requirement is copied onto its operations; an operation with no requirement gets
 *       {@code security: []} (public);
 *   <li>tags: an operation without tags gets its source's area; every tag used is declared once;
 *   <li>servers: the gateway's public URL only.
 * </ul>
 */
public final class OpenApiMerger {

    /** The scheme every write refers to in the merged document. */
    public static final String BEARER = "bearerAuth";

    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern REF = Pattern.compile("^#/components/([A-Za-z]+)/([^/]+)$");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * One document to merge.
     *
     * @param key short name, e.g. {@code measures}
     * @param prefix put in front of clashing names, e.g. {@code Measures}
     * @param area the tag of operations that have none, e.g. {@code Measures}
     * @param document the document as the source serves it
     * @param routed which paths the gateway routes to this source
     */
    public record Source(String key, String prefix, String area, ObjectNode document, Predicate<String> routed) {}

    /**
     * What the merged document says about itself.
     *
     * @param openapi the OpenAPI version written when no source says
     */
    public record Settings(String title, String version, String description, String serverUrl, String openapi) {}

    private OpenApiMerger() {}

    public static ObjectNode merge(List<Source> sources, Settings settings) {
        List<Prepared> prepared = new ArrayList<>();
        for (Source source : sources) {
            prepared.add(prepare(source));
        }
        resolveComponentNames(prepared);
        for (Prepared p : prepared) {
            rewriteRefs(p.doc, p.renames);
        }

        ObjectNode merged = JSON.objectNode();
        String version = sources.stream()
                .map(s -> s.document().path("openapi").asText(null))
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse(settings.openapi());
        merged.put("openapi", version);
        ObjectNode info = merged.putObject("info");
        info.put("title", settings.title());
        info.put("version", settings.version());
        if (settings.description() != null) {
            info.put("description", settings.description());
        }
        info.putObject("license").put("name", "Apache-2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        merged.putArray("servers").addObject().put("url", settings.serverUrl()).put("description", "API gateway");

        ObjectNode paths = JSON.objectNode();
        Map<String, List<ObjectNode>> operationsById = new LinkedHashMap<>();
        Map<ObjectNode, Prepared> owner = new HashMap<>();
        Map<String, ObjectNode> tagDeclarations = new LinkedHashMap<>();
        for (Prepared p : prepared) {
            for (JsonNode tag : p.doc.path("tags")) {
                if (tag.hasNonNull("name")) {
                    tagDeclarations.putIfAbsent(tag.get("name").asText(), (ObjectNode) tag);
                }
            }
            p.doc.path("paths").fields().forEachRemaining(entry -> {
                if (paths.has(entry.getKey()) || !(entry.getValue() instanceof ObjectNode item)) {
                    return;
                }
                paths.set(entry.getKey(), item);
                for (String method : METHODS) {
                    if (item.get(method) instanceof ObjectNode operation) {
                        normaliseOperation(operation, p.source, method, entry.getKey());
                        operationsById
                                .computeIfAbsent(operation.get("operationId").asText(), k -> new ArrayList<>())
                                .add(operation);
                        owner.put(operation, p);
                    }
                }
            });
        }
        // operation ids two sources share get their source's prefix
        operationsById.forEach((id, operations) -> {
            if (operations.size() > 1) {
                Set<String> used = new HashSet<>();
                for (ObjectNode operation : operations) {
                    String candidate = lowerFirst(owner.get(operation).source.prefix()) + upperFirst(id);
                    while (!used.add(candidate) || (operationsById.containsKey(candidate) && !candidate.equals(id))) {
                        candidate = candidate + "_";
                    }
                    operation.put("operationId", candidate);
                }
            }
        });
        // tags: declared once, in the order the sources declare them, then those only used
        Set<String> usedTags = new LinkedHashSet<>();
        paths.fields().forEachRemaining(e -> {
            for (String method : METHODS) {
                e.getValue().path(method).path("tags").forEach(t -> usedTags.add(t.asText()));
            }
        });
        ArrayNode tags = merged.putArray("tags");
        for (String name : usedTags) {
            ObjectNode declared = tagDeclarations.get(name);
            ObjectNode tag =
                    declared != null ? declared.deepCopy() : JSON.objectNode().put("name", name);
            if (!tag.hasNonNull("description")) {
                tag.put("description", "Operations on " + name.toLowerCase(Locale.ROOT));
            }
            tags.add(tag);
        }
        merged.set("paths", sortedPaths(paths));

        ObjectNode components = merged.putObject("components");
        for (Prepared p : prepared) {
            p.doc.path("components").fields().forEachRemaining(kind -> {
                if (!(kind.getValue() instanceof ObjectNode definitions)) {
                    return;
                }
                ObjectNode target = components.has(kind.getKey())
                        ? (ObjectNode) components.get(kind.getKey())
                        : components.putObject(kind.getKey());
                definitions.fields().forEachRemaining(def -> {
                    String name = p.renames.getOrDefault(kind.getKey() + "/" + def.getKey(), def.getKey());
                    if (!target.has(name)) {
                        target.set(name, def.getValue());
                    }
                });
            });
        }
        ObjectNode schemes = components.has("securitySchemes")
                ? (ObjectNode) components.get("securitySchemes")
                : components.putObject("securitySchemes");
        schemes.set(
                BEARER,
                JSON.objectNode()
                        .put("type", "http")
                        .put("scheme", "bearer")
                        .put("bearerFormat", "JWT")
                        .put(
                                "description",
                                "A JWT signed by the configured issuer; writes need group editor or ingest"));
        pruneUnreachable(merged.get("paths"), components);
        for (Iterator<Map.Entry<String, JsonNode>> it = components.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = it.next();
            if (kind.getValue().isEmpty()) {
                it.remove();
            } else {
                components.set(kind.getKey(), sortedObject((ObjectNode) kind.getValue()));
            }
        }
        return merged;
    }

    /**
     * Drops the components that no public path reaches, directly or through other components: those of the
     * internal paths left out of the merge. Security schemes are kept.
     */
    private static void pruneUnreachable(JsonNode paths, ObjectNode components) {
        Set<String> reachable = new HashSet<>();
        java.util.Deque<JsonNode> todo = new java.util.ArrayDeque<>();
        todo.push(paths);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                Matcher m = REF.matcher(ref.asText());
                if (m.matches() && reachable.add(m.group(1) + "/" + m.group(2))) {
                    JsonNode target = components.path(m.group(1)).path(m.group(2));
                    if (!target.isMissingNode()) {
                        todo.push(target);
                    }
                }
            }
            if (node.isContainerNode()) {
                node.elements().forEachRemaining(todo::push);
            }
        }
        components.fields().forEachRemaining(kind -> {
            if (!kind.getKey().equals("securitySchemes") && kind.getValue() instanceof ObjectNode definitions) {
                List<String> unused = new ArrayList<>();
                definitions.fieldNames().forEachRemaining(name -> {
                    if (!reachable.contains(kind.getKey() + "/" + name)) {
                        unused.add(name);
                    }
                });
                definitions.remove(unused);
            }
        });
    }

    /** A copy of a source with only its public, routed paths and its security made explicit. */
    private static Prepared prepare(Source source) {
        ObjectNode doc = source.document().deepCopy();
        Set<String> bearerNames = new HashSet<>();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        schemes.fields().forEachRemaining(e -> {
            JsonNode scheme = e.getValue();
            if ("http".equals(scheme.path("type").asText())
                            && "bearer".equalsIgnoreCase(scheme.path("scheme").asText())
                    || "openIdConnect".equals(scheme.path("type").asText())
                    || "oauth2".equals(scheme.path("type").asText())) {
                bearerNames.add(e.getKey());
            }
        });
        if (schemes instanceof ObjectNode schemeObject) {
            bearerNames.forEach(schemeObject::remove);
        }
        JsonNode globalSecurity = doc.remove("security");

        ObjectNode kept = JSON.objectNode();
        doc.path("paths").fields().forEachRemaining(e -> {
            String path = e.getKey();
            if (path.startsWith("/internal/") || path.equals("/internal") || path.startsWith("/q/")) {
                return;
            }
            if (!source.routed().test(path)) {
                return;
            }
            if (e.getValue() instanceof ObjectNode item) {
                for (String method : METHODS) {
                    if (item.get(method) instanceof ObjectNode operation) {
                        if (!operation.has("security") && globalSecurity != null) {
                            operation.set("security", globalSecurity.deepCopy());
                        }
                        if (operation.get("security") instanceof ArrayNode requirements) {
                            operation.set("security", renameSecurity(requirements, bearerNames));
                        }
                    }
                }
                kept.set(path, item);
            }
        });
        doc.set("paths", kept);
        return new Prepared(source, doc);
    }

    private static ArrayNode renameSecurity(ArrayNode requirements, Set<String> bearerNames) {
        ArrayNode renamed = JSON.arrayNode();
        Set<String> seen = new HashSet<>();
        for (JsonNode requirement : requirements) {
            ObjectNode copy = JSON.objectNode();
            requirement.fields().forEachRemaining(e -> {
                String name = bearerNames.contains(e.getKey()) ? BEARER : e.getKey();
                copy.set(name, BEARER.equals(name) ? JSON.arrayNode() : e.getValue());
            });
            if (seen.add(copy.toString())) {
                renamed.add(copy);
            }
        }
        return renamed;
    }

    private static void normaliseOperation(ObjectNode operation, Source source, String method, String path) {
        if (!operation.hasNonNull("operationId")
                || operation.get("operationId").asText().isBlank()) {
            operation.put("operationId", method + camel(path));
        }
        if (!operation.has("tags") || operation.get("tags").isEmpty()) {
            operation.putArray("tags").add(source.area());
        }
        if (!operation.hasNonNull("summary")) {
            operation.put("summary", method.toUpperCase(Locale.ROOT) + " " + path);
        }
        if (!operation.has("security")) {
            operation.putArray("security");
        }
    }

    /**
     * Decides the final name of every component of every source: shared when all sources that define it
     * agree (and everything it refers to is shared too), prefixed per source otherwise.
     */
    private static void resolveComponentNames(List<Prepared> prepared) {
        Map<String, Map<Prepared, JsonNode>> definitions = new LinkedHashMap<>();
        for (Prepared p : prepared) {
            p.doc.path("components")
                    .fields()
                    .forEachRemaining(kind -> kind.getValue().fields().forEachRemaining(def -> definitions
                            .computeIfAbsent(kind.getKey() + "/" + def.getKey(), k -> new LinkedHashMap<>())
                            .put(p, def.getValue())));
        }
        Set<String> clashing = new HashSet<>();
        definitions.forEach((name, bySource) -> {
            if (new HashSet<>(bySource.values()).size() > 1) {
                clashing.add(name);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Map<Prepared, JsonNode>> entry : definitions.entrySet()) {
                if (entry.getValue().size() < 2 || clashing.contains(entry.getKey())) {
                    continue;
                }
                JsonNode definition = entry.getValue().values().iterator().next();
                if (refs(definition).stream().anyMatch(clashing::contains)) {
                    clashing.add(entry.getKey());
                    changed = true;
                }
            }
        }
        for (Prepared p : prepared) {
            definitions.forEach((name, bySource) -> {
                if (bySource.containsKey(p) && clashing.contains(name)) {
                    int slash = name.indexOf('/');
                    p.renames.put(name, name.substring(0, slash + 1) + p.source.prefix() + name.substring(slash + 1));
                }
            });
        }
        for (Prepared p : prepared) {
            // what a source refers to without defining it comes from the first source that defines it
            for (String ref : refs(p.doc)) {
                Map<Prepared, JsonNode> bySource = definitions.get(ref);
                if (bySource == null || bySource.containsKey(p) || ref.startsWith("securitySchemes/")) {
                    continue;
                }
                Prepared definer = bySource.keySet().iterator().next();
                p.renames.put(ref, definer.renames.getOrDefault(ref, ref));
            }
        }
        // renames hold "kind/name" -> "kind/newName"; keep only the new name part for lookups by callers
        for (Prepared p : prepared) {
            p.renames.replaceAll((k, v) -> v.substring(v.indexOf('/') + 1));
        }
    }

    private static Set<String> refs(JsonNode node) {
        Set<String> found = new LinkedHashSet<>();
        collectRefs(node, found);
        return found;
    }

    private static void collectRefs(JsonNode node, Set<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if ("$ref".equals(e.getKey()) && e.getValue().isTextual()) {
                    Matcher m = REF.matcher(e.getValue().asText());
                    if (m.matches()) {
                        found.add(m.group(1) + "/" + m.group(2));
                    }
                } else {
                    collectRefs(e.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, found));
        }
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                if ("$ref".equals(e.getKey()) && e.getValue().isTextual()) {
                    Matcher m = REF.matcher(e.getValue().asText());
                    if (m.matches()) {
                        String renamed = renames.get(m.group(1) + "/" + m.group(2));
                        if (renamed != null) {
                            e.setValue(TextNode.valueOf("#/components/" + m.group(1) + "/" + renamed));
                        }
                    }
                } else {
                    rewriteRefs(e.getValue(), renames);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private static ObjectNode sortedPaths(ObjectNode paths) {
        return sortedObject(paths);
    }

    private static ObjectNode sortedObject(ObjectNode object) {
        ObjectNode sorted = JSON.objectNode();
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        names.sort(String::compareTo);
        names.forEach(n -> sorted.set(n, object.get(n)));
        return sorted;
    }

    private static String camel(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("[^A-Za-z0-9]+")) {
            out.append(upperFirst(part));
        }
        return out.toString();
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static final class Prepared {
        final Source source;
        final ObjectNode doc;
        /** "kind/name" of this source's component or reference -> the name it has in the merged document. */
        final Map<String, String> renames = new HashMap<>();

        Prepared(Source source, ObjectNode doc) {
            this.source = source;
            this.doc = doc;
        }
    }
}
