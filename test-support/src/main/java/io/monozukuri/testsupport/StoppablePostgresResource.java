package io.monozukuri.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the application under test a database on a {@link StoppablePostgres} of its own, which the test can stop and
 * start (a field of type {@link StoppablePostgres} annotated {@link Server} receives it). Use with
 * {@code @WithTestResource(StoppablePostgresResource.class)} in fault tests.
 */
public class StoppablePostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The name of the application's database on the server. */
    public static final String DATABASE = "app";

    /** Marks the test field that receives the server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {}

    private StoppablePostgres server;

    @Override
    public Map<String, String> start() {
        server = StoppablePostgres.create();
        String url = server.createDatabase(DATABASE);
        Map<String, String> config = new HashMap<>(TestDatabases.datasource(url, "postgres", "postgres"));
        // fail fast while the server is down, so that the test sees the answers within seconds
        config.put("quarkus.datasource.jdbc.acquisition-timeout", "3S");
        config.put("quarkus.datasource.jdbc.login-timeout", "2S");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                server, new TestInjector.AnnotatedAndMatchesType(Server.class, StoppablePostgres.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
