package io.monozukuri.commons.cache;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes the service's {@link DataVersion} from {@link CacheConfig} and runs its {@link DataVersionListener} from
 * start-up to shut-down. A service without {@code cache.channel} (the gateway, ingest-service) gets a disabled one.
 */
@Singleton
public class DataVersions {

    /**
     * The name of the listener's thread ({@code <application>-data-version}); its connection's {@code application_name}
     * adds the process id ({@code <application>-data-version-<pid>}), so that a test can find and terminate the
     * listener of one instance.
     */
    public static final String CONNECTION_NAME_SUFFIX = "-data-version";

    private final CacheConfig config;
    private final DataVersion version;
    private DataVersionListener listener;

    public DataVersions(CacheConfig config, Instance<DataSource> dataSources) {
        this.config = config;
        Optional<String> channel = config.channel();
        if (channel.isEmpty() || !dataSources.isResolvable()) {
            this.version = DataVersion.disabled();
            return;
        }
        DataSource pool = dataSources.get();
        String query = DataVersionListener.versionQuery(config.versionTable());
        this.version = new DataVersion(
                () -> {
                    try (Connection c = pool.getConnection();
                            PreparedStatement s = c.prepareStatement(query);
                            ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            throw new SQLException("the data version row is missing");
                        }
                        return rs.getLong(1);
                    }
                },
                config.maxStaleness().toNanos(),
                System::nanoTime);
    }

    @Produces
    @Singleton
    DataVersion dataVersion() {
        return version;
    }

    void start(@Observes StartupEvent event, Instance<MeterRegistry> registries) {
        if (!version.enabled()) {
            return;
        }
        var cfg = ConfigProvider.getConfig();
        String url = cfg.getValue("quarkus.datasource.jdbc.url", String.class);
        String application =
                cfg.getOptionalValue("quarkus.application.name", String.class).orElse("service");
        Properties props = new Properties();
        cfg.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> props.setProperty("user", u));
        cfg.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(p -> props.setProperty("password", p));
        props.setProperty(
                "ApplicationName",
                application + CONNECTION_NAME_SUFFIX + "-"
                        + ProcessHandle.current().pid());
        props.setProperty("tcpKeepAlive", "true");
        // a query that hangs on a dead connection ends within the bound's reach; the version is unknown meanwhile
        props.setProperty("socketTimeout", "10");
        props.setProperty("connectTimeout", "5");
        // the heartbeat re-reads several times within the staleness bound
        long heartbeat = Math.max(1_000_000L, config.maxStaleness().toNanos() / 5);
        listener = new DataVersionListener(
                        () -> DriverManager.getConnection(url, props),
                        config.channel().orElseThrow(),
                        config.versionTable(),
                        version,
                        heartbeat,
                        System::nanoTime)
                .start(application + CONNECTION_NAME_SUFFIX);
        if (registries.isResolvable()) {
            MeterRegistry registry = registries.get();
            Gauge.builder("data.version", version, DataVersion::lastKnown)
                    .description("The data version this instance knows (-1: unknown)")
                    .register(registry);
            Gauge.builder("data.version.connected", version, v -> v.connected() ? 1 : 0)
                    .description("Whether the data version listener is connected (1) or not (0)")
                    .register(registry);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.close();
        }
    }
}
