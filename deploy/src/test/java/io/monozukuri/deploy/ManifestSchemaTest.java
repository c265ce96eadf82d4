package io.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered object is a valid Kubernetes object for the fabric8 8.0.0 model, with no unknown field. */
class ManifestSchemaTest {

    /** Custom resources the fabric8 model does not know: parsed as GenericKubernetesResource, checked by hand. */
    private static final Set<String> CUSTOM_KINDS = Set.of("postgresql.cnpg.io/v1/Cluster");

    static List<String> overlays() {
        return Rendered.overlays();
    }

    @Test
    void thereAreADevAndAProdOverlay() {
        assertThat(Rendered.overlays()).contains("dev", "prod");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectParsesIntoItsTypedModel(String overlay) {
        List<KubernetesResource> objects = Rendered.objects(overlay);
        assertThat(objects).isNotEmpty();
        for (KubernetesResource object : objects) {
            assertThat(object).isInstanceOf(HasMetadata.class);
            HasMetadata o = (HasMetadata) object;
            String type = o.getApiVersion() + "/" + o.getKind();
            assertThat(o.getMetadata().getName()).as(type).isNotBlank();
            if (object instanceof GenericKubernetesResource) {
                assertThat(CUSTOM_KINDS)
                        .as(
                                "%s %s is not a kind of the fabric8 model",
                                type, o.getMetadata().getName())
                        .contains(type);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void customResourcesHaveTheirRequiredFields(String overlay) {
        for (GenericKubernetesResource cluster : Rendered.custom(overlay, "postgresql.cnpg.io/v1", "Cluster")) {
            String name = cluster.getMetadata().getName();
            assertThat(cluster.<Integer>get("spec", "instances"))
                    .as(name + " spec.instances")
                    .isNotNull()
                    .isPositive();
            assertThat(cluster.<String>get("spec", "storage", "size"))
                    .as(name + " spec.storage.size")
                    .isNotBlank();
            assertThat(cluster.<String>get("spec", "imageName"))
                    .as(name + " spec.imageName")
                    .isNotBlank()
                    .doesNotEndWith(":latest")
                    .contains(":");
            assertThat(cluster.<String>get("spec", "bootstrap", "initdb", "database"))
                    .as(name + " initdb.database")
                    .isNotBlank();
            assertThat(cluster.<String>get("spec", "bootstrap", "initdb", "owner"))
                    .as(name + " initdb.owner")
                    .isNotBlank();
            assertThat(cluster.<String>get("spec", "bootstrap", "initdb", "secret", "name"))
                    .as(name + " initdb.secret.name")
                    .isNotBlank();
            assertThat(cluster.<Map<String, String>>get("spec", "inheritedMetadata", "labels"))
                    .as(name + " pods must carry the label the network policies select")
                    .containsEntry("app.kubernetes.io/name", name);
        }
        for (HTTPRoute route : Rendered.objects(overlay, HTTPRoute.class)) {
            assertThat(route.getSpec().getParentRefs()).isNotEmpty();
            assertThat(route.getSpec().getRules()).isNotEmpty().allSatisfy(rule -> assertThat(rule.getBackendRefs())
                    .isNotEmpty()
                    .allSatisfy(b -> {
                        assertThat(b.getName()).isEqualTo("gateway");
                        assertThat(b.getPort()).isEqualTo(8080);
                    }));
        }
    }

    @Test
    void aMisspeltFieldFailsTheParse() {
        String misspelt =
                """
                apiVersion: v1
                kind: Service
                metadata:
                  name: x
                spec:
                  ports:
                    - name: http
                      port: 80
                      targetPortt: http
                """;
        assertThatThrownBy(() -> Rendered.parseAll(misspelt))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("targetPortt");
    }

    @Test
    void aFieldAtTheWrongPlaceFailsTheParse() {
        String misplaced =
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: x
                spec:
                  selector:
                    matchLabels: {a: b}
                  template:
                    metadata:
                      labels: {a: b}
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          readinessProbe:
                            path: /q/health/ready
                """;
        assertThatThrownBy(() -> Rendered.parseAll(misplaced))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("path");
    }

    @Test
    void aValueOfTheWrongTypeFailsTheParse() {
        String wrongType =
                """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  name: x
                spec:
                  selector:
                    matchLabels: [a, b]
                """;
        assertThatThrownBy(() -> Rendered.parseAll(wrongType)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aCustomResourceKeepsItsFields() {
        List<KubernetesResource> parsed = Rendered.parseAll(
                """
                apiVersion: example.org/v1
                kind: Thing
                metadata:
                  name: x
                spec:
                  anything: 1
                """);
        assertThat(parsed).singleElement().isInstanceOf(GenericKubernetesResource.class);
    }
}
