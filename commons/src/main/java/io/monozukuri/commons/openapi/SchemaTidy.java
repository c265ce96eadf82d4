package io.monozukuri.commons.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Keeps Java out of the schema names: component schemas that are only a scalar with a format (what the scanner makes
 * of {@code UUID}, {@code Instant}, {@code LocalDate}, {@code OffsetDateTime}) are written inline where they are used,
 * and components that no operation reaches (records scanned only because they carry {@code @Schema}) are dropped.
 */
final class SchemaTidy {

    private SchemaTidy() {}

    static void apply(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> scalars = new HashMap<>();
        components.getSchemas().forEach((name, schema) -> {
            if (scalar(schema)) {
                scalars.put(name, schema);
            }
        });
        forEachSchema(openAPI, schema -> inline(schema, scalars));
        scalars.keySet().forEach(components::removeSchema);
        forEachSchema(openAPI, SchemaTidy::nullable);

        Set<String> reachable = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        forEachRootSchema(openAPI, todo::push);
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            walk(s, nested -> {
                String name = refName(nested);
                if (name != null && reachable.add(name)) {
                    Schema target = components.getSchemas().get(name);
                    if (target != null) {
                        todo.push(target);
                    }
                }
            });
        }
        for (String name : new ArrayList<>(components.getSchemas().keySet())) {
            if (!reachable.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    private static boolean scalar(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        return schema.getRef() == null
                && types != null
                && types.size() == 1
                && types.get(0) != Schema.SchemaType.OBJECT
                && types.get(0) != Schema.SchemaType.ARRAY
                && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && (schema.getEnumeration() == null || schema.getEnumeration().isEmpty())
                && schema.getFormat() != null;
    }

    private static void inline(Schema schema, Map<String, Schema> scalars) {
        String name = refName(schema);
        Schema target = name == null ? null : scalars.get(name);
        if (target == null) {
            return;
        }
        schema.setRef(null);
        schema.setType(target.getType());
        schema.setFormat(target.getFormat());
        if (schema.getPattern() == null) {
            schema.setPattern(target.getPattern());
        }
    }

    /**
     * One form per nullable value: a nullable scalar is {@code type: [string, "null"]} with its format (no
     * {@code anyOf}), a nullable reference {@code anyOf: [{$ref}, {type: "null"}]} with no {@code type} beside it. The
     * scanner writes both forms at once for some Java types (UUID, dates, records), and generators read them twice.
     */
    private static void nullable(Schema schema) {
        List<Schema> any = schema.getAnyOf();
        if (any == null || any.size() < 2 || any.stream().noneMatch(SchemaTidy::isNull)) {
            return;
        }
        List<Schema> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Schema s : any) {
            if (!isNull(s) && seen.add(s.getRef() + "|" + s.getType() + "|" + s.getFormat() + "|" + s.getPattern())) {
                values.add(s);
            }
        }
        if (values.size() != 1) {
            return;
        }
        Schema value = values.get(0);
        if (value.getRef() != null) {
            schema.setType(null);
            schema.setAnyOf(
                    new ArrayList<>(List.of(value, OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL)))));
            return;
        }
        List<Schema.SchemaType> types = value.getType();
        if (types == null
                || types.contains(Schema.SchemaType.OBJECT)
                || types.contains(Schema.SchemaType.ARRAY)
                || (value.getProperties() != null && !value.getProperties().isEmpty())) {
            return;
        }
        List<Schema.SchemaType> nullable = new ArrayList<>(types);
        if (!nullable.contains(Schema.SchemaType.NULL)) {
            nullable.add(Schema.SchemaType.NULL);
        }
        schema.setAnyOf(null);
        schema.setType(nullable);
        if (schema.getFormat() == null) {
            schema.setFormat(value.getFormat());
        }
        if (schema.getPattern() == null) {
            schema.setPattern(value.getPattern());
        }
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null
                && schema.getType() != null
                && schema.getType().size() == 1
                && schema.getType().get(0) == Schema.SchemaType.NULL;
    }

    private static String refName(Schema schema) {
        String ref = schema.getRef();
        return ref == null || !ref.startsWith("#/components/schemas/")
                ? null
                : ref.substring("#/components/schemas/".length());
    }

    /** Every schema of the document, nested ones included, components included. */
    private static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        List<Schema> roots = new ArrayList<>();
        forEachRootSchema(openAPI, roots::add);
        if (openAPI.getComponents().getSchemas() != null) {
            roots.addAll(openAPI.getComponents().getSchemas().values());
        }
        for (Schema root : roots) {
            action.accept(root);
            walk(root, action);
        }
    }

    /** The schemas the operations use directly, and those of the shared headers. */
    private static void forEachRootSchema(OpenAPI openAPI, Consumer<Schema> action) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                parameters(item.getParameters(), action);
                for (Operation op : item.getOperations().values()) {
                    parameters(op.getParameters(), action);
                    if (op.getRequestBody() != null) {
                        content(op.getRequestBody().getContent(), action);
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        for (APIResponse r : op.getResponses().getAPIResponses().values()) {
                            content(r.getContent(), action);
                            headers(r.getHeaders(), action);
                        }
                    }
                }
            }
        }
        headers(openAPI.getComponents().getHeaders(), action);
    }

    private static void parameters(List<Parameter> parameters, Consumer<Schema> action) {
        if (parameters != null) {
            parameters.stream().filter(p -> p.getSchema() != null).forEach(p -> action.accept(p.getSchema()));
        }
    }

    private static void headers(Map<String, Header> headers, Consumer<Schema> action) {
        if (headers != null) {
            headers.values().stream().filter(h -> h.getSchema() != null).forEach(h -> action.accept(h.getSchema()));
        }
    }

    private static void content(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType m : content.getMediaTypes().values()) {
                if (m.getSchema() != null) {
                    action.accept(m.getSchema());
                }
            }
        }
    }

    /** The schemas nested in one (not following references), each given to {@code action}, depth first. */
    private static void walk(Schema schema, Consumer<Schema> action) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        for (List<Schema> list :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            children.addAll(list);
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        if (schema.getNot() != null) {
            children.add(schema.getNot());
        }
        action.accept(schema);
        for (Schema child : children) {
            walk(child, action);
        }
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}
