package io.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rendered manifests against the services: ports, probes, environment, Secrets, images and hardening. */
class ServiceContractTest {

    /**
     * Variables of the shared conventions (docs/internal-api.md): a Deployment must set each one its service's
     * application.properties reads. Any other variable must be set when it has no default in the properties.
     */
    private static final Set<String> CONVENTION_VARIABLES = Set.of(
            "DB_HOST",
            "DB_PORT",
            "DB_NAME",
            "DB_USER",
            "DB_PASSWORD",
            "JWT_PUBLIC_KEY_LOCATION",
            "JWT_ISSUER",
            "JWT_SIGN_KEY_LOCATION",
            "HTTP_PORT",
            "MEASURES_URL",
            "AWARDS_URL",
            "INGEST_URL",
            "CORS_ORIGINS",
            "RATE_LIMIT_ENABLED");

    private static final String PUBLIC_KEY = "/etc/monozukuri/jwt/publicKey.pem";

    private static final Set<String> WITH_DATABASE = Set.of("measures-service", "awards-service", "ingest-service");

    private static final Set<String> SCALED = Set.of("gateway", "measures-service", "awards-service");

    static List<String> overlays() {
        return Rendered.overlays();
    }

    static Stream<Arguments> overlayAndService() {
        return Rendered.overlays().stream()
                .flatMap(o -> ServiceConfig.SERVICES.stream().map(s -> Arguments.of(o, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndService")
    void portsMatchTheServiceConfiguration(String overlay, String service) {
        ServiceConfig config = ServiceConfig.read(service);
        assertThat(config.httpPort())
                .as("%s: quarkus.http.port default vs the documented port (README)", service)
                .isEqualTo(ServiceConfig.CONTRACT_PORTS.get(service));
        Deployment deployment = Rendered.named(overlay, Deployment.class, service);
        Container container = Workloads.container(deployment);
        assertThat(container.getPorts())
                .extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("http", config.httpPort()));
        Service svc = Rendered.named(overlay, Service.class, service);
        assertThat(svc.getSpec().getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getPort()).isEqualTo(config.httpPort());
            assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
        });
        assertThat(svc.getSpec().getSelector()).isNotEmpty();
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(svc.getSpec().getSelector());
        assertThat(svc.getSpec().getType()).isEqualTo("ClusterIP");
        Map<String, String> env = Workloads.environment(overlay, container);
        assertThat(env).containsEntry("HTTP_PORT", String.valueOf(config.httpPort()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndService")
    void probesUseTheQuarkusHealthEndpoints(String overlay, String service) {
        Container c = Workloads.container(Rendered.named(overlay, Deployment.class, service));
        assertProbe(c.getStartupProbe(), "/q/health/started");
        assertProbe(c.getReadinessProbe(), "/q/health/ready");
        assertProbe(c.getLivenessProbe(), "/q/health/live");
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndService")
    void everyVariableTheServiceReadsIsSet(String overlay, String service) {
        ServiceConfig config = ServiceConfig.read(service);
        Container container = Workloads.container(Rendered.named(overlay, Deployment.class, service));
        Map<String, String> env = Workloads.environment(overlay, container);
        List<String> required = config.envVars().entrySet().stream()
                .filter(e -> e.getValue().isEmpty() || CONVENTION_VARIABLES.contains(e.getKey()))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(env.keySet())
                .as("%s/%s: variables read by %s/src/main/resources/application.properties", overlay, service, service)
                .containsAll(required);
        assertThat(env).containsKey("QUARKUS_SHUTDOWN_TIMEOUT");
        if (WITH_DATABASE.contains(service)) {
            assertThat(env).containsKeys("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD");
            assertThat(env.get("DB_PASSWORD"))
                    .as("the password comes from a Secret")
                    .startsWith("secret:");
            assertThat(env.get("DB_USER")).as("the user comes from a Secret").startsWith("secret:");
            assertDatabaseHostExists(overlay, env.get("DB_HOST"));
        }
        for (String url : List.of("MEASURES_URL", "AWARDS_URL", "INGEST_URL")) {
            if (env.containsKey(url)) {
                String target = url.substring(0, url.indexOf('_')).toLowerCase() + "-service";
                int port = ServiceConfig.read(target).httpPort();
                assertThat(env.get(url)).isEqualTo("http://" + target + ":" + port);
                Rendered.named(overlay, Service.class, target);
            }
        }
    }

    private static void assertDatabaseHostExists(String overlay, String host) {
        boolean service = Rendered.find(overlay, Service.class, host).isPresent();
        boolean cnpgPrimary = Rendered.custom(overlay, "postgresql.cnpg.io/v1", "Cluster").stream()
                .anyMatch(c -> (c.getMetadata().getName() + "-rw").equals(host));
        assertThat(service || cnpgPrimary)
                .as("DB_HOST %s is a Service or a CloudNativePG primary of the overlay", host)
                .isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndService")
    void theJwtKeysAreMountedWhereTheServiceLooks(String overlay, String service) {
        Deployment deployment = Rendered.named(overlay, Deployment.class, service);
        Container container = Workloads.container(deployment);
        Map<String, String> env = Workloads.environment(overlay, container);
        assertThat(env).containsEntry("JWT_PUBLIC_KEY_LOCATION", PUBLIC_KEY);
        assertThat(mountedSecretFile(overlay, deployment, PUBLIC_KEY))
                .hasValueSatisfying(secret -> assertThat(secret).startsWith("monozukuri-jwt-public"));
        List<String> mountedSecrets = secretVolumes(deployment).stream()
                .map(SecretVolumeSource::getSecretName)
                .toList();
        if (service.equals("ingest-service")) {
            String signKey = env.get("JWT_SIGN_KEY_LOCATION");
            assertThat(signKey).isNotBlank();
            assertThat(mountedSecretFile(overlay, deployment, signKey))
                    .hasValueSatisfying(secret -> assertThat(secret).startsWith("ingest-service-jwt-sign"));
        } else {
            assertThat(env).doesNotContainKey("JWT_SIGN_KEY_LOCATION");
            assertThat(mountedSecrets)
                    .as("only ingest-service holds the signing key")
                    .noneMatch(s -> s.startsWith("ingest-service-jwt-sign"));
        }
    }

    /** The Secret that provides the file at {@code path} in the container, if a Secret volume does. */
    private static Optional<String> mountedSecretFile(String overlay, Deployment deployment, String path) {
        Container container = Workloads.container(deployment);
        for (VolumeMount mount : container.getVolumeMounts()) {
            if (!path.startsWith(mount.getMountPath() + "/")) {
                continue;
            }
            String file = path.substring(mount.getMountPath().length() + 1);
            Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(v -> v.getName().equals(mount.getName()))
                    .findFirst()
                    .orElseThrow();
            SecretVolumeSource source = volume.getSecret();
            if (source == null) {
                continue;
            }
            assertThat(mount.getReadOnly()).as(path + " mounted read-only").isTrue();
            Secret secret = Rendered.named(overlay, Secret.class, source.getSecretName());
            String key = source.getItems() == null
                    ? file
                    : source.getItems().stream()
                            .filter(i -> i.getPath().equals(file))
                            .map(i -> i.getKey())
                            .findFirst()
                            .orElse(null);
            if (key != null && secret.getData().containsKey(key)) {
                return Optional.of(source.getSecretName());
            }
        }
        return Optional.empty();
    }

    private static List<SecretVolumeSource> secretVolumes(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .map(Volume::getSecret)
                .filter(s -> s != null)
                .toList();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyReferencedSecretAndConfigMapIsRendered(String overlay) {
        List<String> problems = new ArrayList<>();
        for (var entry : Workloads.podTemplates(overlay).entrySet()) {
            String owner = entry.getKey().getMetadata().getName();
            PodTemplateSpec template = entry.getValue();
            for (Container c : Workloads.allContainers(template)) {
                Optional.ofNullable(c.getEnv()).orElse(List.of()).forEach(e -> {
                    if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                        var ref = e.getValueFrom().getSecretKeyRef();
                        checkKey(overlay, Secret.class, ref.getName(), ref.getKey(), owner, problems);
                    }
                    if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = e.getValueFrom().getConfigMapKeyRef();
                        checkKey(overlay, ConfigMap.class, ref.getName(), ref.getKey(), owner, problems);
                    }
                });
                Optional.ofNullable(c.getEnvFrom()).orElse(List.of()).forEach(f -> {
                    if (f.getSecretRef() != null) {
                        checkKey(overlay, Secret.class, f.getSecretRef().getName(), null, owner, problems);
                    }
                    if (f.getConfigMapRef() != null) {
                        checkKey(overlay, ConfigMap.class, f.getConfigMapRef().getName(), null, owner, problems);
                    }
                });
            }
            for (Volume v : Optional.ofNullable(template.getSpec().getVolumes()).orElse(List.of())) {
                if (v.getSecret() != null) {
                    checkKey(overlay, Secret.class, v.getSecret().getSecretName(), null, owner, problems);
                    Optional.ofNullable(v.getSecret().getItems())
                            .orElse(List.of())
                            .forEach(i -> checkKey(
                                    overlay, Secret.class, v.getSecret().getSecretName(), i.getKey(), owner, problems));
                }
                if (v.getConfigMap() != null) {
                    checkKey(overlay, ConfigMap.class, v.getConfigMap().getName(), null, owner, problems);
                }
            }
        }
        for (GenericKubernetesResource cluster : Rendered.custom(overlay, "postgresql.cnpg.io/v1", "Cluster")) {
            String secret = cluster.get("spec", "bootstrap", "initdb", "secret", "name");
            checkKey(
                    overlay,
                    Secret.class,
                    secret,
                    "username",
                    cluster.getMetadata().getName(),
                    problems);
            checkKey(
                    overlay,
                    Secret.class,
                    secret,
                    "password",
                    cluster.getMetadata().getName(),
                    problems);
            Rendered.find(overlay, Secret.class, secret).ifPresent(s -> assertThat(s.getType())
                    .as("CloudNativePG takes a basic-auth Secret")
                    .isEqualTo("kubernetes.io/basic-auth"));
        }
        assertThat(problems).isEmpty();
    }

    private static void checkKey(
            String overlay,
            Class<? extends HasMetadata> type,
            String name,
            String key,
            String owner,
            List<String> problems) {
        Optional<? extends HasMetadata> found = Rendered.find(overlay, type, name);
        if (found.isEmpty()) {
            problems.add(owner + " refers to " + type.getSimpleName() + " " + name + ", which is not rendered");
            return;
        }
        if (key == null) {
            return;
        }
        Map<String, String> data = found.get() instanceof Secret s
                ? Optional.ofNullable(s.getData()).orElse(Map.of())
                : Optional.ofNullable(((ConfigMap) found.get()).getData()).orElse(Map.of());
        if (!data.containsKey(key)) {
            problems.add(owner + " refers to key " + key + " of " + type.getSimpleName() + " " + name + ", missing");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imagesArePinnedAndNameTheFourServices(String overlay) {
        for (String service : ServiceConfig.SERVICES) {
            String image = Workloads.container(Rendered.named(overlay, Deployment.class, service))
                    .getImage();
            assertThat(image).matches("(.+/)?monozukuri/" + service + "(:[^:/@]+)?(@sha256:[0-9a-f]{64})?");
        }
        for (PodTemplateSpec template : Workloads.podTemplates(overlay).values()) {
            for (Container c : Workloads.allContainers(template)) {
                String image = c.getImage();
                String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
                String lastPart = withoutDigest.substring(withoutDigest.lastIndexOf('/') + 1);
                String tag = lastPart.contains(":") ? lastPart.substring(lastPart.indexOf(':') + 1) : "";
                assertThat(tag.isEmpty() && !image.contains("@sha256:"))
                        .as(image + " has a tag or a digest")
                        .isFalse();
                assertThat(tag)
                        .as(image + " is immutable")
                        .isNotEqualTo("latest")
                        .doesNotContain("SNAPSHOT");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodIsHardenedAndSized(String overlay) {
        for (var entry : Workloads.podTemplates(overlay).entrySet()) {
            String owner = entry.getKey().getMetadata().getName();
            var spec = entry.getValue().getSpec();
            PodSecurityContext pod = spec.getSecurityContext();
            assertThat(pod).as(owner).isNotNull();
            assertThat(pod.getRunAsNonRoot()).as(owner + " runAsNonRoot").isTrue();
            assertThat(pod.getSeccompProfile().getType()).as(owner).isEqualTo("RuntimeDefault");
            assertThat(spec.getAutomountServiceAccountToken()).as(owner).isFalse();
            for (Container c : Workloads.allContainers(entry.getValue())) {
                var sc = c.getSecurityContext();
                String where = owner + "/" + c.getName();
                assertThat(sc).as(where).isNotNull();
                assertThat(sc.getAllowPrivilegeEscalation()).as(where).isFalse();
                assertThat(sc.getReadOnlyRootFilesystem()).as(where).isTrue();
                assertThat(sc.getRunAsNonRoot()).as(where).isTrue();
                assertThat(sc.getCapabilities().getDrop()).as(where).containsExactly("ALL");
                assertThat(sc.getCapabilities().getAdd()).as(where).isNullOrEmpty();
                assertThat(c.getResources().getRequests()).as(where).containsKeys("cpu", "memory");
                assertThat(c.getResources().getLimits()).as(where).containsKey("memory");
                assertThat(c.getVolumeMounts()).as(where + " a writable /tmp").anyMatch(m -> m.getMountPath()
                        .equals("/tmp"));
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlayAndService")
    void shutdownIsGraceful(String overlay, String service) {
        Deployment deployment = Rendered.named(overlay, Deployment.class, service);
        Container container = Workloads.container(deployment);
        Duration timeout =
                Duration.parse("PT" + Workloads.environment(overlay, container).get("QUARKUS_SHUTDOWN_TIMEOUT"));
        long preStop = Optional.ofNullable(container.getLifecycle())
                .map(l -> l.getPreStop())
                .map(p -> p.getSleep())
                .map(s -> s.getSeconds())
                .orElse(0L);
        assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                .as("grace period covers the preStop sleep and the Quarkus shutdown timeout")
                .isGreaterThan(timeout.toSeconds() + preStop);
        assertThat(container.getResources().getRequests().get("memory").toString())
                .isEqualTo("256Mi");
        assertThat(container.getResources().getLimits().get("memory").toString())
                .isEqualTo("512Mi");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void gatewayAndReadServicesHaveAnAutoscalerAndADisruptionBudget(String overlay) {
        for (String service : SCALED) {
            Deployment deployment = Rendered.named(overlay, Deployment.class, service);
            HorizontalPodAutoscaler hpa = Rendered.named(overlay, HorizontalPodAutoscaler.class, service);
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
            assertThat(hpa.getSpec().getMinReplicas()).isPositive();
            assertThat(hpa.getSpec().getMaxReplicas())
                    .isGreaterThan(hpa.getSpec().getMinReplicas());
            assertThat(deployment.getSpec().getReplicas())
                    .as("the HPA owns the replica count")
                    .isNull();
            PodDisruptionBudget pdb = Rendered.named(overlay, PodDisruptionBudget.class, service);
            assertThat(pdb.getSpec().getSelector().getMatchLabels()).isNotEmpty();
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void postgresDataIsNeverOnAnEmptyDir(String overlay) {
        List<String> databases = new ArrayList<>();
        for (var entry : Workloads.podTemplates(overlay).entrySet()) {
            for (Container c : Workloads.allContainers(entry.getValue())) {
                if (!c.getImage().contains("postgres")) {
                    continue;
                }
                String owner = entry.getKey().getMetadata().getName();
                databases.add(owner);
                assertThat(entry.getKey()).as(owner + " runs as a StatefulSet").isInstanceOf(StatefulSet.class);
                StatefulSet sts = (StatefulSet) entry.getKey();
                List<String> claims =
                        Optional.ofNullable(sts.getSpec().getVolumeClaimTemplates()).orElse(List.of()).stream()
                                .map(p -> p.getMetadata().getName())
                                .toList();
                List<VolumeMount> dataMounts = c.getVolumeMounts().stream()
                        .filter(m -> m.getMountPath().startsWith("/var/lib/postgresql"))
                        .toList();
                assertThat(dataMounts).as(owner + " mounts its data directory").isNotEmpty();
                assertThat(dataMounts)
                        .as(owner + ": data on a PersistentVolumeClaim")
                        .allMatch(m -> claims.contains(m.getName()));
                List<String> emptyDirs =
                        Optional.ofNullable(entry.getValue().getSpec().getVolumes()).orElse(List.of()).stream()
                                .filter(v -> v.getEmptyDir() != null)
                                .map(Volume::getName)
                                .toList();
                assertThat(dataMounts).noneMatch(m -> emptyDirs.contains(m.getName()));
            }
        }
        int clusters =
                Rendered.custom(overlay, "postgresql.cnpg.io/v1", "Cluster").size();
        assertThat(databases.size() + clusters)
                .as("one database per service that has one")
                .isEqualTo(WITH_DATABASE.size());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void labelsAreConsistent(String overlay) {
        for (var object : Rendered.objects(overlay)) {
            HasMetadata o = (HasMetadata) object;
            assertThat(o.getMetadata().getLabels())
                    .as(o.getKind() + " " + o.getMetadata().getName())
                    .containsEntry("app.kubernetes.io/part-of", "monozukuri-policy-api")
                    .containsEntry("app.kubernetes.io/managed-by", "kustomize")
                    .containsKey("app.kubernetes.io/instance");
        }
        for (var entry : Workloads.podTemplates(overlay).entrySet()) {
            Map<String, String> labels = entry.getValue().getMetadata().getLabels();
            assertThat(labels)
                    .as(entry.getKey().getMetadata().getName())
                    .containsEntry(
                            "app.kubernetes.io/name",
                            entry.getKey().getMetadata().getName())
                    .containsKeys(
                            "app.kubernetes.io/component", "app.kubernetes.io/part-of", "app.kubernetes.io/instance");
        }
    }
}
