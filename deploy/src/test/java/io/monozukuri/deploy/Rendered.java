package io.monozukuri.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the overlays of deploy/ with {@code kubectl kustomize} and parses the result with the fabric8 Kubernetes
 * model. Rendering happens in a scratch copy under target/ whose secret files are placeholders (the *.example files
 * and dummy keys), so that the tests never read a developer's real secrets and pass on a fresh clone.
 */
final class Rendered {

    /** The module directory (deploy/): surefire runs the tests there. */
    static final Path DEPLOY_DIR = Path.of("").toAbsolutePath();

    static final Path REPO_DIR = DEPLOY_DIR.getParent();

    private static final Map<String, List<KubernetesResource>> CACHE = new ConcurrentHashMap<>();

    private Rendered() {}

    /** The names of the overlays under deploy/overlays. */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(DEPLOY_DIR.resolve("overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every object of an overlay, each parsed strictly into its fabric8 model class. */
    static List<KubernetesResource> objects(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> parseAll(render(o)));
    }

    static <T extends HasMetadata> List<T> objects(String overlay, Class<T> type) {
        return objects(overlay).stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    static <T extends HasMetadata> T named(String overlay, Class<T> type, String name) {
        return find(overlay, type, name)
                .orElseThrow(() -> new AssertionError(
                        overlay + ": no " + type.getSimpleName() + " named " + name + " in the rendered output"));
    }

    static <T extends HasMetadata> Optional<T> find(String overlay, Class<T> type, String name) {
        return objects(overlay, type).stream()
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst();
    }

    static List<GenericKubernetesResource> custom(String overlay, String apiVersion, String kind) {
        return objects(overlay, GenericKubernetesResource.class).stream()
                .filter(o -> apiVersion.equals(o.getApiVersion()) && kind.equals(o.getKind()))
                .toList();
    }

    /**
     * A serializer whose model classes refuse unknown fields. fabric8 models keep unknown fields in an
     * "additionalProperties" map through {@code @JsonAnySetter}; that is switched off for every typed class, so that
     * with FAIL_ON_UNKNOWN_PROPERTIES a misspelt or misplaced field fails the parse. Only
     * {@link GenericKubernetesResource} (custom resources) keeps its map.
     */
    static KubernetesSerialization strictSerialization() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    @Override
                    public Boolean hasAnySetter(MapperConfig<?> config, Annotated a) {
                        if (a instanceof AnnotatedMember member
                                && member.getDeclaringClass().getName().startsWith("io.fabric8.")
                                && !GenericKubernetesResource.class.isAssignableFrom(member.getDeclaringClass())) {
                            return Boolean.FALSE;
                        }
                        return super.hasAnySetter(config, a);
                    }
                })
                .build();
        KubernetesSerialization serialization = new KubernetesSerialization(mapper, true);
        // values of the wrong type fail too, instead of being kept aside as unmatched
        serialization.getUnmatchedFieldTypeModule().setRestrictToTemplates(true);
        return serialization;
    }

    static List<KubernetesResource> parseAll(String yaml) {
        KubernetesSerialization serialization = strictSerialization();
        List<KubernetesResource> objects = new ArrayList<>();
        for (String doc : documents(yaml)) {
            try {
                objects.add(serialization.unmarshal(doc, KubernetesResource.class));
            } catch (RuntimeException e) {
                String head = doc.lines().limit(12).reduce("", (a, b) -> a + "\n    " + b);
                throw new AssertionError("not a valid Kubernetes object: " + e.getMessage() + "\n  in:" + head, e);
            }
        }
        return objects;
    }

    static List<String> documents(String yaml) {
        return Stream.of(yaml.split("(?m)^---\\s*$")).filter(d -> !d.isBlank()).toList();
    }

    /** {@code kubectl kustomize overlays/<overlay>} in a scratch copy with placeholder secrets. */
    static String render(String overlay) {
        try {
            Path work = DEPLOY_DIR.resolve("target/render/" + overlay);
            deleteTree(work);
            for (String dir : List.of("base", "components", "overlays")) {
                copyTree(DEPLOY_DIR.resolve(dir), work.resolve(dir));
            }
            Path secrets = work.resolve("overlays").resolve(overlay).resolve("secrets");
            if (Files.isDirectory(secrets)) {
                try (Stream<Path> files = Files.list(secrets)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        if (name.endsWith(".example")) {
                            Files.copy(f, secrets.resolve(name.substring(0, name.length() - ".example".length())));
                        }
                    }
                }
                Files.writeString(
                        secrets.resolve("publicKey.pem"),
                        "-----BEGIN PUBLIC KEY-----\nplaceholder\n-----END PUBLIC KEY-----\n");
                Files.writeString(
                        secrets.resolve("privateKey.pem"),
                        "-----BEGIN PRIVATE KEY-----\nplaceholder\n-----END PRIVATE KEY-----\n");
            }
            String kubectl = requireKubectl();
            Path stderr = work.resolve("kustomize.stderr");
            Process process = new ProcessBuilder(
                            kubectl,
                            "kustomize",
                            work.resolve("overlays").resolve(overlay).toString())
                    .redirectError(stderr.toFile())
                    .start();
            byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(
                        "kubectl kustomize overlays/" + overlay + " failed:\n" + Files.readString(stderr));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * kubectl renders the overlays. CI machines have it, and there a missing kubectl fails the build; on a developer
     * machine without it these tests are skipped (aborted), not passed.
     */
    static String requireKubectl() {
        String kubectl = System.getProperty("kubectl.path", "kubectl");
        boolean found = kubectl.contains("/")
                ? Files.isExecutable(Path.of(kubectl))
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, kubectl)));
        if (!found) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("kubectl is needed to render the manifests and is not on the PATH");
            }
            org.junit.jupiter.api.Assumptions.abort("kubectl is not installed: manifests not rendered");
        }
        return kubectl;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                boolean secretFile = p.getParent() != null
                        && p.getParent().getFileName().toString().equals("secrets")
                        && !p.getFileName().toString().endsWith(".example")
                        && !Files.isDirectory(p);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!secretFile) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
