package io.monozukuri.commons.openapi;

import io.monozukuri.commons.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The one place where every service's OpenAPI document gets what is the same for every operation, so that no resource
 * repeats it: security (reads public with {@code security: []}, writes the bearer scheme), the problem+json answers
 * (400 with parameters or a body, 401 and 403 when secured, 404 with a path id, 413 and 415 with a body, 500 always,
 * and the HTTP layer's 406 for an Accept header the operation cannot answer, 414 and 431 for a request target or
 * headers over the limits), the
 * {@code X-Request-ID} header of every answer, {@code Location} on 201 and 202, {@code Link} on every page of a list
 * (an answer whose schema has {@code items} and {@code totalItems}), the CSV and NDJSON answers of every list that takes
 * the {@code format} parameter of {@code ExportRequest} (with {@code Content-Disposition}), and examples for request
 * bodies and answers built from the examples of their schemas. An answer a resource documents itself is kept. Enable with
 * {@code mp.openapi.filter=io.monozukuri.commons.openapi.ApiDocumentFilter} (or {@link ConditionalReadsFilter} where public
 * reads carry an ETag). Idempotent: running it twice changes nothing more.
 */
public class ApiDocumentFilter implements OASFilter {

    public static final String BEARER = "bearerAuth";
    public static final String REQUEST_ID = "X-Request-ID";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String LINK = "Link";
    static final String CONTENT_DISPOSITION = "Content-Disposition";
    static final String CSV = "csv";
    static final String CSV_MEDIA_TYPE = "text/csv";
    static final String NDJSON_MEDIA_TYPE = "application/x-ndjson";
    static final String LIST_FORMAT_REF = "#/components/schemas/ListFormat";

    private static final Map<String, String> PROBLEMS = Map.ofEntries(
            Map.entry("400", "The request is invalid: every bad parameter or field is listed in errors"),
            Map.entry("401", "No valid bearer token"),
            Map.entry("403", "The token lacks the group this operation needs"),
            Map.entry("404", "Nothing has this id (an id that is not a UUID names nothing either)"),
            Map.entry("406", "The Accept header names no media type this operation answers in"),
            Map.entry(
                    "412",
                    "If-Match names a version of the resource that is no longer the current one; nothing was changed"),
            Map.entry("413", "The request body is larger than this service's limit"),
            Map.entry("414", "The request target (path and query) is longer than the limit"),
            Map.entry("415", "The body is missing its Content-Type or has one this operation does not take"),
            Map.entry("431", "The request headers are larger than the limit"),
            Map.entry("500", "Unexpected error; quote the request id when reporting it"));

    /** Whether public reads answer with an ETag and 304 to If-None-Match. */
    protected boolean conditionalReads() {
        return false;
    }

    /** Whether the public reads of {@code path} do (by default: {@link #conditionalReads()} for every path). */
    protected boolean conditionalReads(String path) {
        return conditionalReads();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        addSharedComponents(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Examples examples = new Examples(components);
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    path.getValue().getOperations().entrySet()) {
                complete(path.getKey(), op.getKey(), op.getValue(), path.getValue(), examples);
            }
        }
        if (ifNoneMatchUsed
                && (components.getParameters() == null
                        || !components.getParameters().containsKey(IF_NONE_MATCH))) {
            components.addParameter(
                    IF_NONE_MATCH,
                    OASFactory.createParameter()
                            .name(IF_NONE_MATCH)
                            .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                            .description("The ETag of the answer the client holds: 304 without a body while it is"
                                    + " current (weak comparison; a list of ETags or * is accepted)")
                            .required(false)
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                            .example("W/\"3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6\""));
        }
        if (ifMatchUsed
                && (components.getParameters() == null
                        || !components.getParameters().containsKey(IF_MATCH))) {
            components.addParameter(
                    IF_MATCH,
                    OASFactory.createParameter()
                            .name(IF_MATCH)
                            .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                            .description("Optional: the version the client last read (the resource's version field,"
                                    + " or the ETag of the answer to its last write), as a strong entity tag; the write"
                                    + " is done only while it is current, else 412 and nothing changes. * or no"
                                    + " If-Match writes whatever the current version is")
                            .required(false)
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                            .example("\"4711\""));
        }
        SchemaTidy.apply(openAPI);
    }

    private void complete(String path, PathItem.HttpMethod method, Operation op, PathItem item, Examples examples) {
        boolean read = method == PathItem.HttpMethod.GET
                || method == PathItem.HttpMethod.HEAD
                || method == PathItem.HttpMethod.OPTIONS;
        if (read) {
            op.setSecurity(new ArrayList<>());
        } else if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            op.setSecurity(new ArrayList<>(
                    List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
        }
        boolean secured = !op.getSecurity().isEmpty();
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        boolean parameters = (op.getParameters() != null && !op.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        boolean body = op.getRequestBody() != null;
        if (parameters || body) {
            problem(responses, "400");
        }
        if (secured) {
            problem(responses, "401");
            problem(responses, "403");
        }
        if (path.contains("{")) {
            problem(responses, "404");
        }
        // the HTTP layer of every service and of the gateway (commons' HttpEdgeGuard and the resource matching)
        problem(responses, "406");
        problem(responses, "414");
        problem(responses, "431");
        if (body) {
            problem(responses, "413");
            problem(responses, "415");
            examples.fill(op.getRequestBody().getContent());
        }
        problem(responses, "500");
        boolean conditional = read && !secured && conditionalReads(path);
        if (conditional) {
            addIfNoneMatch(op);
            APIResponse notModified = responses.getAPIResponse("304");
            if (notModified == null) {
                responses.addAPIResponse(
                        "304",
                        OASFactory.createAPIResponse()
                                .description("Not modified: the If-None-Match ETag is still current")
                                .addHeader("ETag", headerRef("ETag"))
                                .addHeader("Cache-Control", headerRef("Cache-Control")));
            }
        }
        boolean versionedWrite = versionedWrite(path, method, secured);
        if (versionedWrite) {
            addIfMatch(op);
            problem(responses, "412");
        }
        boolean exportable = read && takesListFormat(op);
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
            APIResponse response = r.getValue();
            if (response.getRef() != null) {
                continue;
            }
            addHeader(response, REQUEST_ID);
            if (r.getKey().equals("201") || r.getKey().equals("202")) {
                addHeader(response, "Location");
            }
            if (r.getKey().equals("200") && conditional) {
                addHeader(response, "ETag");
                addHeader(response, "Cache-Control");
                addHeader(response, "Vary");
            }
            if (r.getKey().equals("200") && versionedWrite) {
                if (response.getHeaders() == null || !response.getHeaders().containsKey("ETag")) {
                    response.addHeader("ETag", headerRef(VERSION_ETAG));
                }
            }
            if (r.getKey().startsWith("2")) {
                examples.fill(response.getContent());
                if (r.getKey().equals("200") && read && examples.isPage(response.getContent())) {
                    addHeader(response, LINK);
                    if (exportable) {
                        exports(response, examples);
                        addHeader(response, CONTENT_DISPOSITION);
                    }
                }
            } else if (response.getContent() != null
                    && response.getContent().getMediaType(Problem.MEDIA_TYPE) != null
                    && response.getContent().getMediaType(Problem.MEDIA_TYPE).getExample() == null
                    && r.getKey().matches("[45]\\d\\d")) {
                response.getContent()
                        .getMediaType(Problem.MEDIA_TYPE)
                        .setExample(problemExample(Integer.parseInt(r.getKey())));
            }
        }
    }

    /** Whether the operation takes the {@code format} query parameter of the exportable lists. */
    private static boolean takesListFormat(Operation op) {
        if (op.getParameters() == null) {
            return false;
        }
        return op.getParameters().stream()
                .anyMatch(p -> "format".equals(p.getName())
                        && p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY
                        && p.getSchema() != null
                        && (LIST_FORMAT_REF.equals(p.getSchema().getRef())
                                || (p.getSchema().getEnumeration() != null
                                        && p.getSchema().getEnumeration().contains(CSV))));
    }

    /**
     * The CSV and NDJSON answers of an exportable list, beside its JSON page: a text body each; the NDJSON example is
     * the first item of the JSON example, the CSV example the one the resource gives.
     */
    private static void exports(APIResponse response, Examples examples) {
        Content content = response.getContent();
        if (content.getMediaType(CSV_MEDIA_TYPE) == null) {
            content.addMediaType(CSV_MEDIA_TYPE, OASFactory.createMediaType());
        }
        MediaType csv = content.getMediaType(CSV_MEDIA_TYPE);
        if (csv.getSchema() == null) {
            csv.setSchema(OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.STRING))
                    .description("Every matching row: RFC 4180, UTF-8 (with a byte order mark when bom=true), CRLF,"
                            + " a header row, empty cells for nulls"));
        }
        if (content.getMediaType(NDJSON_MEDIA_TYPE) == null) {
            content.addMediaType(NDJSON_MEDIA_TYPE, OASFactory.createMediaType());
        }
        MediaType ndjson = content.getMediaType(NDJSON_MEDIA_TYPE);
        if (ndjson.getSchema() == null) {
            ndjson.setSchema(OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.STRING))
                    .description("Every matching item, one JSON object per line (LF), each as in the JSON list's"
                            + " items"));
        }
        if (ndjson.getExample() == null
                && (ndjson.getExamples() == null || ndjson.getExamples().isEmpty())) {
            String line = examples.firstItemAsJson(content.getMediaType("application/json"));
            if (line != null) {
                ndjson.setExample(line + "\n");
            }
        }
    }

    /** Refers a response to a shared header component, unless it has that header already. */
    public static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, headerRef(name));
        }
    }

    static final String IF_NONE_MATCH = "If-None-Match";
    static final String IF_MATCH = "If-Match";
    static final String VERSION_ETAG = "VersionETag";

    /**
     * Whether an operation writes one resource that has a version (see {@code commons/concurrency/IfMatch}): a secured
     * PATCH, PUT or DELETE of a public path that names the resource by id. Those take If-Match and may answer 412.
     */
    static boolean versionedWrite(String path, PathItem.HttpMethod method, boolean secured) {
        return secured
                && (method == PathItem.HttpMethod.PATCH
                        || method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.DELETE)
                && path.endsWith("}")
                && !path.startsWith("/internal");
    }

    /** Whether an operation refers to the shared If-Match parameter (then the component is added). */
    private boolean ifMatchUsed;

    private void addIfMatch(Operation op) {
        ifMatchUsed = true;
        String ref = "#/components/parameters/" + IF_MATCH;
        if (op.getParameters() != null
                && op.getParameters().stream()
                        .anyMatch(p -> ref.equals(p.getRef()) || IF_MATCH.equalsIgnoreCase(p.getName()))) {
            return;
        }
        op.addParameter(OASFactory.createParameter().ref(ref));
    }

    /** Whether an operation refers to the shared If-None-Match parameter (then the component is added). */
    private boolean ifNoneMatchUsed;

    /** The conditional-read parameter of an operation, by reference to the shared one. */
    private void addIfNoneMatch(Operation op) {
        ifNoneMatchUsed = true;
        String ref = "#/components/parameters/" + IF_NONE_MATCH;
        if (op.getParameters() != null
                && op.getParameters().stream()
                        .anyMatch(p -> ref.equals(p.getRef()) || IF_NONE_MATCH.equalsIgnoreCase(p.getName()))) {
            return;
        }
        op.addParameter(OASFactory.createParameter().ref(ref));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static void problem(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        String description = existing != null && existing.getDescription() != null
                ? existing.getDescription()
                : PROBLEMS.get(status);
        responses.addAPIResponse(
                status,
                OASFactory.createAPIResponse()
                        .description(description)
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        Problem.MEDIA_TYPE,
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref("#/components/schemas/" + PROBLEM))
                                                .example(problemExample(Integer.parseInt(status))))));
    }

    /** A field error as a map that keeps its key order (so that the document is the same on every build). */
    private static Map<String, Object> fieldError(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** What a problem of this status looks like; documented problems of other statuses take it too. */
    static Map<String, Object> problemExample(int status) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        // the titles the HTTP layer answers (HttpEdgeGuard), where they differ from the older reason phrases
        String title =
                switch (status) {
                    case 413 -> "Payload Too Large";
                    case 414 -> "URI Too Long";
                    case 431 -> "Request Header Fields Too Large";
                    default -> known == null ? "Error" : known.getReasonPhrase();
                };
        String slug =
                switch (status) {
                    case 400 -> "validation";
                    case 500 -> "internal";
                    case 414 -> "uri-too-long";
                    default -> title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                };
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://monozukuri.io/problems/" + slug);
        example.put("title", status == 400 ? "Invalid request" : title);
        example.put("status", status);
        example.put("detail", PROBLEMS.getOrDefault(String.valueOf(status), title));
        example.put("instance", "/api/v1/measures");
        example.put("requestId", "6b1d4c0e-1f1e-4c55-9f0a-2f4c2b4f7a10");
        if (status == 400) {
            example.put("detail", "size: must be a whole number between 1 and 500");
            example.put("errors", List.of(fieldError("size", "must be a whole number between 1 and 500")));
        }
        return example;
    }

    /** The Problem schema and the headers every service documents, defined once. */
    static void addSharedComponents(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FIELD_ERROR)) {
            components.addSchema(
                    FIELD_ERROR,
                    OASFactory.createSchema()
                            .type(List.of(Schema.SchemaType.OBJECT))
                            .description("One invalid field or parameter")
                            .addRequired("field")
                            .addRequired("message")
                            .addProperty("field", text("the parameter, or the JSON path of the field", "size"))
                            .addProperty("message", text("why it is invalid", "must be between 1 and 500")));
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", "https://monozukuri.io/problems/validation");
            example.put("title", "Invalid request");
            example.put("status", 400);
            example.put("detail", "size: must be between 1 and 500");
            example.put("instance", "/api/v1/measures");
            example.put("requestId", "6b1d4c0e-1f1e-4c55-9f0a-2f4c2b4f7a10");
            example.put("errors", List.of(fieldError("size", "must be between 1 and 500")));
            components.addSchema(
                    PROBLEM,
                    OASFactory.createSchema()
                            .type(List.of(Schema.SchemaType.OBJECT))
                            .description("RFC 9457 problem details, the body of every error answer")
                            .addRequired("type")
                            .addRequired("title")
                            .addRequired("status")
                            .addProperty(
                                    "type",
                                    text("a URI naming the kind of problem", "https://monozukuri.io/problems/not-found")
                                            .format("uri"))
                            .addProperty("title", text("a short summary of that kind", "Not Found"))
                            .addProperty(
                                    "status",
                                    OASFactory.createSchema()
                                            .type(List.of(Schema.SchemaType.INTEGER))
                                            .format("int32")
                                            .description("the HTTP status code")
                                            .example(404))
                            .addProperty(
                                    "detail",
                                    text("what went wrong with this request", "No measure with id 7f0c3a52-…"))
                            .addProperty("instance", text("the request path", "/api/v1/measures/7f0c3a52"))
                            .addProperty(
                                    "requestId",
                                    text("the X-Request-ID of the request", "6b1d4c0e-1f1e-4c55-9f0a-2f4c2b4f7a10"))
                            .addProperty(
                                    "errors",
                                    OASFactory.createSchema()
                                            .type(List.of(Schema.SchemaType.ARRAY))
                                            .description("one entry per invalid field or parameter")
                                            .items(OASFactory.createSchema()
                                                    .ref("#/components/schemas/" + FIELD_ERROR)))
                            .example(example));
        }
        header(
                components,
                REQUEST_ID,
                "The request id: the one the client sent (letters, digits, . _ : -, at most 128) or a new one; every"
                        + " log line of the request carries it",
                "6b1d4c0e-1f1e-4c55-9f0a-2f4c2b4f7a10");
        header(
                components,
                "Location",
                "Where the created resource (or the started job) is",
                "/api/v1/ingest/jobs/" + "0d5c3b1e-8a4f-4f4e-9d55-1c1f0e7c2a10");
        header(
                components,
                "ETag",
                "The version of this representation (weak: it changes with the data, whatever the compression);"
                        + " send it back in If-None-Match to get 304 while it is current",
                "W/\"3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6\"");
        header(
                components,
                "Cache-Control",
                "Caches may keep the answer but revalidate it (If-None-Match) before using it again, unless the service"
                        + " is configured with a max-age",
                "public, no-cache");
        header(
                components,
                VERSION_ETAG,
                "The version of the resource this write left, as a strong entity tag (the same value as its version"
                        + " field); send it in If-Match to make the next write conditional on it",
                "\"4711\"");
        header(components, "Vary", "The answer depends on the Accept header", "Accept");
        header(
                components,
                LINK,
                "RFC 8288 links to the first, previous, next and last page of the list, each the request's URI (at the"
                        + " public address) with only page changed; prev is left out on the first page, next on the last",
                "<https://api.monozukuri.io/api/v1/measures?kind=ITEM&size=20&page=0>; rel=\"first\","
                        + " <https://api.monozukuri.io/api/v1/measures?kind=ITEM&size=20&page=1>; rel=\"next\","
                        + " <https://api.monozukuri.io/api/v1/measures?kind=ITEM&size=20&page=7>; rel=\"last\"");
        header(
                components,
                CONTENT_DISPOSITION,
                "On CSV and NDJSON exports: an attachment and its file name",
                "attachment; filename=\"measures.csv\"");
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .description(description)
                .example(example);
    }

    /** Defines a shared header component of type string, unless it is defined. */
    public static void header(Components components, String name, String description, Object example) {
        if (components.getHeaders() != null && components.getHeaders().containsKey(name)) {
            return;
        }
        components.addHeader(
                name,
                OASFactory.createHeader()
                        .description(description)
                        .schema(OASFactory.createSchema()
                                .type(List.of(
                                        example instanceof Number
                                                ? Schema.SchemaType.INTEGER
                                                : Schema.SchemaType.STRING)))
                        .example(example));
    }

    /** Examples of request and answer bodies, built from the examples of their schemas. */
    static final class Examples {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper();
        private final Components components;

        Examples(Components components) {
            this.components = components;
        }

        /** Whether the JSON body of this content is a page of a list (its schema has items and totalItems). */
        boolean isPage(Content content) {
            if (content == null || content.getMediaType("application/json") == null) {
                return false;
            }
            Schema schema = resolve(content.getMediaType("application/json").getSchema());
            return schema != null
                    && schema.getProperties() != null
                    && schema.getProperties().containsKey("items")
                    && schema.getProperties().containsKey("totalItems");
        }

        /** The first item of the JSON page example of this media type, as compact JSON; null when there is none. */
        String firstItemAsJson(MediaType json) {
            if (json == null) {
                return null;
            }
            Object example = json.getExample();
            if (example == null) {
                example = of(json.getSchema(), 0);
            }
            if (example instanceof Map<?, ?> page && page.get("items") instanceof List<?> items && !items.isEmpty()) {
                try {
                    return JSON.writeValueAsString(items.get(0));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    return null;
                }
            }
            return null;
        }

        private Schema resolve(Schema schema) {
            if (schema != null && schema.getRef() != null && components.getSchemas() != null) {
                return components
                        .getSchemas()
                        .get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            }
            return schema;
        }

        void fill(Content content) {
            if (content == null || content.getMediaTypes() == null) {
                return;
            }
            for (Map.Entry<String, MediaType> m : content.getMediaTypes().entrySet()) {
                MediaType media = m.getValue();
                boolean has = media.getExample() != null
                        || (media.getExamples() != null && !media.getExamples().isEmpty());
                if (has || media.getSchema() == null || !m.getKey().contains("json")) {
                    continue;
                }
                Object example = of(media.getSchema(), 0);
                if (example != null) {
                    media.setExample(example);
                }
            }
        }

        Object of(Schema schema, int depth) {
            if (schema == null || depth > 24) {
                return null;
            }
            if (schema.getExample() != null) {
                return schema.getExample();
            }
            if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
                return schema.getExamples().get(0);
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                Schema target = components.getSchemas() == null
                        ? null
                        : components.getSchemas().get(name);
                Object value = of(target, depth + 1);
                return value != null ? value : scalar(schema.getType(), schema.getFormat(), name);
            }
            if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
                Map<String, Object> merged = new LinkedHashMap<>();
                for (Schema part : schema.getAllOf()) {
                    if (of(part, depth + 1) instanceof Map<?, ?> map) {
                        map.forEach((k, v) -> merged.put(k.toString(), v));
                    }
                }
                return merged.isEmpty() ? null : merged;
            }
            if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
                return schema.getEnumeration().get(0);
            }
            List<Schema.SchemaType> types = schema.getType();
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
                    Object value = of(p.getValue(), depth + 1);
                    if (value == null
                            && schema.getRequired() != null
                            && schema.getRequired().contains(p.getKey())) {
                        value = fallback(p.getValue());
                    }
                    if (value != null) {
                        object.put(p.getKey(), value);
                    }
                }
                return object;
            }
            if (types != null && types.contains(Schema.SchemaType.ARRAY) && schema.getItems() != null) {
                Object item = of(schema.getItems(), depth + 1);
                return item == null ? List.of() : List.of(item);
            }
            return scalar(types, schema.getFormat(), null);
        }

        /** A value for a required property that has no example of its own. */
        private static Object fallback(Schema schema) {
            List<Schema.SchemaType> types = schema.getType();
            if (types != null && types.contains(Schema.SchemaType.ARRAY)) {
                return List.of();
            }
            if (types != null
                    && (types.contains(Schema.SchemaType.INTEGER) || types.contains(Schema.SchemaType.NUMBER))) {
                return 0;
            }
            Object scalar = scalar(types, schema.getFormat(), null);
            return scalar != null ? scalar : "…";
        }

        private static Object scalar(List<Schema.SchemaType> types, String format, String refName) {
            if ("uuid".equals(format) || "UUID".equals(refName)) {
                return "0b8e5f0e-8f55-3c4e-9a6a-1f4d6f0e2b7c";
            }
            if ("date-time".equals(format) || "Instant".equals(refName) || "OffsetDateTime".equals(refName)) {
                return "2026-11-28T10:00:00Z";
            }
            if ("date".equals(format) || "LocalDate".equals(refName)) {
                return "2026-11-28";
            }
            if (types != null && types.contains(Schema.SchemaType.BOOLEAN)) {
                return false;
            }
            return null;
        }
    }
}
