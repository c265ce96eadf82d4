package io.monozukuri.gateway;

import io.monozukuri.testsupport.ServiceProcess;
import io.monozukuri.testsupport.TestDatabases;
import io.monozukuri.testsupport.TestKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built measures-service and awards-service ({@code target/quarkus-app/quarkus-run.jar} of their modules, which the
 * reactor packages before the gateway) as processes of their own, each on a fresh PostgreSQL database, JWTs verified with
 * the test key: the gateway under test is pointed at them, with its edge cache on. ingest-service is not started (its
 * URL answers nothing).
 */
public class ServicesResource implements QuarkusTestResourceLifecycleManager {

    private static final List<TestDatabases.Database> DATABASES = new ArrayList<>();
    private static ServiceProcess measures;
    private static ServiceProcess awards;

    @Override
    public Map<String, String> start() {
        try {
            Path key = Files.createTempFile("edge-cache-public", ".pem");
            Files.writeString(key, TestKeys.publicKeyPem());
            measures = start("measures-service", key);
            awards = start("awards-service", key);
            Map<String, String> config = new HashMap<>();
            config.put("MEASURES_URL", measures.url());
            config.put("AWARDS_URL", awards.url());
            config.put("INGEST_URL", "http://localhost:" + freePort());
            config.put("gateway.edge-cache.enabled", "true");
            config.put("%test.gateway.edge-cache.enabled", "true");
            // the edge handlers must apply to answers from memory as to proxied ones: the rate limit too
            config.put("gateway.rate-limit.enabled", "true");
            config.put("%test.gateway.rate-limit.enabled", "true");
            config.put("gateway.rate-limit.per-minute", "100000");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServiceProcess start(String service, Path publicKey) {
        TestDatabases.Database db = TestDatabases.create("edge_" + service.replace("-service", ""));
        DATABASES.add(db);
        Map<String, String> env = new HashMap<>(ServiceProcess.databaseEnv(db));
        env.put("JWT_ISSUER", TestKeys.ISSUER);
        env.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
        env.put("ACCESS_LOG", "true");
        Path jar = Path.of("..", service, "target/quarkus-app/quarkus-run.jar");
        return ServiceProcess.start(service, jar, env, Duration.ofMinutes(4));
    }

    @Override
    public void stop() {
        if (measures != null) {
            measures.close();
        }
        if (awards != null) {
            awards.close();
        }
        DATABASES.forEach(TestDatabases::drop);
        DATABASES.clear();
    }

    public static ServiceProcess measures() {
        return measures;
    }

    public static ServiceProcess awards() {
        return awards;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
