package io.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates the rendered NetworkPolicies the way a cluster would, for every pair of workloads of the namespace
 * (Deployments, StatefulSets and the pods CloudNativePG creates for a Cluster), and compares the connections they
 * allow with the designed traffic: gateway to the three services, ingest-service to measures and awards, each service
 * to its own database; nothing else.
 */
class NetworkPolicyTest {

    private static final Set<String> DESIGNED = Set.of(
            "gateway -> measures-service:8081",
            "gateway -> awards-service:8082",
            "gateway -> ingest-service:8083",
            "ingest-service -> measures-service:8081",
            "ingest-service -> awards-service:8082",
            "measures-service -> measures-db:5432",
            "awards-service -> awards-db:5432",
            "ingest-service -> ingest-db:5432");

    record Pod(String name, Map<String, String> labels, int port) {}

    static List<String> overlays() {
        return Rendered.overlays();
    }

    static List<Pod> pods(String overlay) {
        Map<String, Pod> pods = new HashMap<>();
        Workloads.podTemplates(overlay).forEach((owner, template) -> {
            int port =
                    template.getSpec().getContainers().get(0).getPorts().get(0).getContainerPort();
            String name = owner.getMetadata().getName();
            pods.put(name, new Pod(name, template.getMetadata().getLabels(), port));
        });
        for (GenericKubernetesResource cluster : Rendered.custom(overlay, "postgresql.cnpg.io/v1", "Cluster")) {
            String name = cluster.getMetadata().getName();
            Map<String, String> labels =
                    new HashMap<>(cluster.<Map<String, String>>get("spec", "inheritedMetadata", "labels"));
            labels.put("cnpg.io/cluster", name);
            labels.put("cnpg.io/podRole", "instance");
            pods.put(name, new Pod(name, labels, 5432));
        }
        return List.copyOf(pods.values());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theNamespaceDeniesEverythingByDefault(String overlay) {
        assertThat(Rendered.objects(overlay, NetworkPolicy.class)).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
            assertThat(p.getSpec().getEgress()).isNullOrEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodMayResolveNames(String overlay) {
        for (Pod pod : pods(overlay)) {
            boolean dns = Rendered.objects(overlay, NetworkPolicy.class).stream()
                    .filter(p -> selects(p.getSpec().getPodSelector(), pod.labels()))
                    .flatMap(p -> Optional.ofNullable(p.getSpec().getEgress()).orElse(List.of()).stream())
                    .anyMatch(rule -> Optional.ofNullable(rule.getPorts()).orElse(List.of()).stream()
                                    .anyMatch(port ->
                                            port.getPort().getIntVal() == 53 && "UDP".equals(port.getProtocol()))
                            && rule.getTo() != null
                            && rule.getTo().stream()
                                    .anyMatch(peer -> peer.getNamespaceSelector() != null
                                            && "kube-system"
                                                    .equals(peer.getNamespaceSelector()
                                                            .getMatchLabels()
                                                            .get("kubernetes.io/metadata.name"))));
            assertThat(dns).as(pod.name() + " may query the cluster DNS").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheDesignedTrafficIsAllowedInsideTheNamespace(String overlay) {
        List<NetworkPolicy> policies = Rendered.objects(overlay, NetworkPolicy.class);
        List<Pod> pods = pods(overlay);
        Set<String> allowed = new TreeSet<>();
        for (Pod from : pods) {
            for (Pod to : pods) {
                if (from != to && egressAllowed(policies, from, to) && ingressAllowed(policies, from, to)) {
                    allowed.add(from.name() + " -> " + to.name() + ":" + to.port());
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(DESIGNED);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayAcceptsTrafficFromOutsideTheNamespace(String overlay) {
        List<NetworkPolicy> policies = Rendered.objects(overlay, NetworkPolicy.class);
        for (Pod pod : pods(overlay)) {
            boolean open = isolated(policies, pod, "Ingress")
                    ? policies.stream()
                            .filter(p -> applies(p, pod, "Ingress"))
                            .flatMap(p -> Optional.ofNullable(p.getSpec().getIngress()).orElse(List.of()).stream())
                            .anyMatch(rule ->
                                    rule.getFrom() == null || rule.getFrom().isEmpty())
                    : true;
            assertThat(open)
                    .as(pod.name() + " open to any source")
                    .isEqualTo(pod.name().equals("gateway"));
        }
    }

    private static boolean egressAllowed(List<NetworkPolicy> policies, Pod from, Pod to) {
        if (!isolated(policies, from, "Egress")) {
            return true;
        }
        return policies.stream()
                .filter(p -> applies(p, from, "Egress"))
                .flatMap(p -> Optional.ofNullable(p.getSpec().getEgress()).orElse(List.of()).stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), to.port()));
    }

    private static boolean ingressAllowed(List<NetworkPolicy> policies, Pod from, Pod to) {
        if (!isolated(policies, to, "Ingress")) {
            return true;
        }
        return policies.stream()
                .filter(p -> applies(p, to, "Ingress"))
                .flatMap(p -> Optional.ofNullable(p.getSpec().getIngress()).orElse(List.of()).stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), to.port()));
    }

    private static boolean isolated(List<NetworkPolicy> policies, Pod pod, String direction) {
        return policies.stream().anyMatch(p -> applies(p, pod, direction));
    }

    private static boolean applies(NetworkPolicy policy, Pod pod, String direction) {
        return selects(policy.getSpec().getPodSelector(), pod.labels())
                && policy.getSpec().getPolicyTypes().contains(direction);
    }

    /** A peer list matches a pod of this namespace; a namespaceSelector or ipBlock peer means another namespace. */
    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream()
                .anyMatch(peer -> peer.getNamespaceSelector() == null
                        && peer.getIpBlock() == null
                        && peer.getPodSelector() != null
                        && selects(peer.getPodSelector(), pod.labels()));
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, int port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream()
                .anyMatch(p -> p.getPort() == null
                        || (p.getPort().getIntVal() != null && p.getPort().getIntVal() == port));
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        assertThat(Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of()))
                .as("this test evaluates matchLabels only")
                .isEmpty();
        Map<String, String> wanted =
                Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of());
        return labels.entrySet().containsAll(wanted.entrySet());
    }
}
