package io.monozukuri.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers over the rendered workloads: their pod templates and the environment their containers see. */
final class Workloads {

    private Workloads() {}

    /** Every Deployment and StatefulSet of an overlay with its pod template. */
    static Map<HasMetadata, PodTemplateSpec> podTemplates(String overlay) {
        Map<HasMetadata, PodTemplateSpec> templates = new LinkedHashMap<>();
        Rendered.objects(overlay, Deployment.class)
                .forEach(d -> templates.put(d, d.getSpec().getTemplate()));
        Rendered.objects(overlay, StatefulSet.class)
                .forEach(s -> templates.put(s, s.getSpec().getTemplate()));
        return templates;
    }

    static Container container(Deployment deployment) {
        List<Container> containers =
                deployment.getSpec().getTemplate().getSpec().getContainers();
        return containers.stream()
                .filter(c -> c.getName().equals(deployment.getMetadata().getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        deployment.getMetadata().getName() + ": no container named after the Deployment"));
    }

    /**
     * The environment a container sees: its env entries (valueFrom shown as "secret:NAME/KEY") and the keys of the
     * ConfigMaps and Secrets it takes with envFrom, resolved in the rendered output.
     */
    static Map<String, String> environment(String overlay, Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            if (from.getConfigMapRef() != null) {
                ConfigMap cm = Rendered.named(
                        overlay, ConfigMap.class, from.getConfigMapRef().getName());
                env.putAll(Optional.ofNullable(cm.getData()).orElse(Map.of()));
            }
            if (from.getSecretRef() != null) {
                Secret secret = Rendered.named(
                        overlay, Secret.class, from.getSecretRef().getName());
                Optional.ofNullable(secret.getData())
                        .orElse(Map.of())
                        .keySet()
                        .forEach(
                                k -> env.put(k, "secret:" + secret.getMetadata().getName() + "/" + k));
            }
        }
        for (EnvVar var : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            if (var.getValueFrom() == null) {
                env.put(var.getName(), var.getValue() == null ? "" : var.getValue());
            } else if (var.getValueFrom().getSecretKeyRef() != null) {
                var ref = var.getValueFrom().getSecretKeyRef();
                env.put(var.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
            } else if (var.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = var.getValueFrom().getConfigMapKeyRef();
                ConfigMap cm = Rendered.named(overlay, ConfigMap.class, ref.getName());
                env.put(var.getName(), cm.getData().get(ref.getKey()));
            } else {
                env.put(var.getName(), "field");
            }
        }
        return env;
    }

    static List<Container> allContainers(PodTemplateSpec template) {
        List<Container> all = new ArrayList<>(template.getSpec().getContainers());
        all.addAll(Optional.ofNullable(template.getSpec().getInitContainers()).orElse(List.of()));
        return all;
    }
}
