package io.monozukuri.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.monozukuri.gateway.config.Downstream;
import io.monozukuri.gateway.config.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Keeps the OpenAPI documents of the services and the merged document made of them. Each service's document
 * is fetched at start, again every {@code gateway.openapi.refresh}, and every {@code gateway.openapi.retry}
 * while it could not be had; the proxy also asks for it as soon as a service that was missing answers. A
 * service that is down never stops the gateway from serving what it knows: its last document is kept, or
 * its paths are missing and the document says so in {@code info.x-gateway-sources}.
 */
@ApplicationScoped
public class OpenApiCatalog {

    private static final Logger LOG = Logger.getLogger(OpenApiCatalog.class);

    /** The merged document in both formats, made once per change. */
    public record Rendered(byte[] json, byte[] yaml, List<String> missing) {}

    private record Known(ObjectNode document, Instant fetchedAt, String error, Instant triedAt) {}

    private final GatewayConfig config;
    private final ObjectMapper mapper;
    private final ObjectMapper yamlMapper;
    private final OpenApiDocumentService ownDocument;
    private final Vertx vertx;
    private final HttpClient http;
    private final Map<Downstream, Known> known = new EnumMap<>(Downstream.class);
    private final Map<Downstream, CompletableFuture<Void>> inFlight = new EnumMap<>(Downstream.class);
    private volatile Rendered rendered;
    private long timer = -1;

    public OpenApiCatalog(GatewayConfig config, ObjectMapper mapper, OpenApiDocumentService ownDocument, Vertx vertx) {
        this.config = config;
        this.mapper = mapper;
        this.yamlMapper = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        this.ownDocument = ownDocument;
        this.vertx = vertx;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.proxy().connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    void start(@Observes StartupEvent event) {
        refreshDue();
        timer = vertx.setPeriodic(config.openapi().retry().toMillis(), id -> refreshDue());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The merged document; made from what is known if it was never made. */
    public Rendered current() {
        Rendered r = rendered;
        if (r == null) {
            r = render();
        }
        return r;
    }

    /** Fetches every service's document now and waits for the answers (bounded by the fetch timeout). */
    public Rendered refresh() {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (Downstream d : Downstream.values()) {
            all.add(fetch(d, true));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        return render();
    }

    /** Called when a service answered a proxied call: fetches its document if it is missing. */
    public void noticeAnswer(Downstream downstream) {
        Known k;
        synchronized (known) {
            k = known.get(downstream);
        }
        if (k == null || k.document() == null) {
            fetch(downstream, false);
        }
    }

    /** Forgets every fetched document (for tests). */
    public void forget() {
        synchronized (known) {
            known.clear();
        }
        rendered = null;
    }

    private void refreshDue() {
        Instant now = Instant.now();
        for (Downstream d : Downstream.values()) {
            Known k;
            synchronized (known) {
                k = known.get(d);
            }
            boolean due = k == null
                    || k.document() == null
                    || k.fetchedAt().plus(config.openapi().refresh()).isBefore(now);
            if (due) {
                fetch(d, false);
            }
        }
    }

    /**
     * Fetches a service's document unless a fetch is under way; {@code again} waits for that one and fetches
     * once more, so that the answer reflects the service as it is now.
     */
    private CompletableFuture<Void> fetch(Downstream downstream, boolean again) {
        synchronized (inFlight) {
            CompletableFuture<Void> running = inFlight.get(downstream);
            if (running != null && !running.isDone()) {
                return again ? running.thenCompose(v -> fetch(downstream, false)) : running;
            }
            CompletableFuture<Void> started = startFetch(downstream);
            inFlight.put(downstream, started);
            return started;
        }
    }

    private CompletableFuture<Void> startFetch(Downstream downstream) {
        URI uri = URI.create(downstream.baseUri(config) + "/q/openapi?format=json");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.openapi().fetchTimeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
            try {
                if (failure != null) {
                    remember(downstream, null, describe(failure));
                } else if (response.statusCode() != 200) {
                    remember(downstream, null, "HTTP " + response.statusCode());
                } else {
                    JsonNode doc = mapper.readTree(response.body());
                    if (doc instanceof ObjectNode object && object.has("paths")) {
                        remember(downstream, object, null);
                    } else {
                        remember(downstream, null, "not an OpenAPI document");
                    }
                }
            } catch (Exception e) {
                remember(downstream, null, describe(e));
            }
            return null;
        });
    }

    private void remember(Downstream downstream, ObjectNode document, String error) {
        Instant now = Instant.now();
        boolean changed;
        synchronized (known) {
            Known before = known.get(downstream);
            if (document != null) {
                known.put(downstream, new Known(document, now, null, now));
                changed = before == null || !document.equals(before.document());
            } else {
                // keep the last good document of a service that is down
                ObjectNode last = before == null ? null : before.document();
                known.put(downstream, new Known(last, before == null ? null : before.fetchedAt(), error, now));
                changed = before == null || before.error() == null;
                if (changed) {
                    LOG.warnf("OpenAPI document of %s not fetched: %s", downstream.serviceName(), error);
                }
            }
        }
        if (changed || rendered == null) {
            render();
        }
    }

    private synchronized Rendered render() {
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        StringBuilder description = new StringBuilder(
                "The measures and award schemes of Japan's Monozukuri White Paper, through one gateway. "
                        + "Reads are public; writes need a bearer token.");
        ObjectNode status = mapper.createObjectNode();
        Map<Downstream, Known> snapshot;
        synchronized (known) {
            snapshot = new EnumMap<>(Downstream.class);
            snapshot.putAll(known);
        }
        for (Downstream d : Downstream.values()) {
            Known k = snapshot.get(d);
            ObjectNode entry = status.putObject(d.serviceName());
            if (k != null && k.document() != null) {
                sources.add(new OpenApiMerger.Source(
                        d.key(), d.prefix(), d.prefix(), k.document(), path -> d.owns(config, path)));
            } else {
                missing.add(d.serviceName());
            }
            entry.put("status", k == null ? "PENDING" : k.error() == null ? "UP" : "UNAVAILABLE");
            if (k != null && k.error() != null) {
                entry.put("error", k.error());
            }
        }
        sources.add(new OpenApiMerger.Source(
                "gateway",
                "Gateway",
                "Search",
                ownDocument(snapshot.entrySet().stream()
                        .filter(e -> e.getValue().document() != null)
                        .map(e -> e.getKey().serviceName())
                        .toList()),
                path -> path.startsWith("/api/")));
        if (!missing.isEmpty()) {
            description
                    .append("\n\n**Incomplete:** the documents of ")
                    .append(String.join(", ", missing))
                    .append(" could not be fetched; their paths are missing until they are back.");
        }
        ObjectNode merged = OpenApiMerger.merge(
                sources,
                new OpenApiMerger.Settings(
                        config.openapi().title(),
                        config.openapi().version(),
                        description.toString(),
                        config.publicUrl(),
                        "3.0.3"));
        ((ObjectNode) merged.get("info")).set("x-gateway-sources", status);
        try {
            Rendered r = new Rendered(
                    mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(merged),
                    yamlMapper.writeValueAsBytes(merged),
                    List.copyOf(missing));
            rendered = r;
            return r;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the merged OpenAPI document", e);
        }
    }

    /** The gateway's own operations (search, composed views), as SmallRye OpenAPI generated them. */
    private ObjectNode ownDocument(List<String> fetchedServices) {
        try {
            byte[] json = ownDocument.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON);
            JsonNode doc = json == null ? null : mapper.readTree(json);
            if (doc instanceof ObjectNode object) {
                // placeholders of schemas that a service defines (x-defined-by) give way to the real ones,
                // when that service's document is known
                if (object.path("components").path("schemas") instanceof ObjectNode schemas) {
                    schemas.properties()
                            .removeIf(e -> fetchedServices.contains(
                                    e.getValue().path("x-defined-by").asText()));
                }
                return object;
            }
        } catch (Exception e) {
            LOG.warnf("The gateway's own OpenAPI document cannot be read: %s", e.toString());
        }
        return mapper.createObjectNode();
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause instanceof java.util.concurrent.CompletionException) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
