package io.monozukuri.commons.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * In dev mode ({@code ./mvnw -pl <service> -am quarkus:dev}), says clearly at start when the local JWT keys that
 * {@code ./run.sh} makes in {@code .run/keys/} are missing, instead of a bare 401 (or a failing ingest) later.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevModeChecks {

    private static final Logger LOG = Logger.getLogger(DevModeChecks.class);

    void onStart(@Observes StartupEvent event) {
        check(
                "mp.jwt.verify.publickey.location",
                "JWT_PUBLIC_KEY_LOCATION",
                "no token can be verified: writes answer 401");
        check(
                "smallrye.jwt.sign.key.location",
                "JWT_SIGN_KEY_LOCATION",
                "ingest jobs cannot sign their calls to the other services");
    }

    static Optional<String> missing(String location) {
        if (location == null || location.isBlank() || location.startsWith("http:") || location.startsWith("https:")) {
            return Optional.empty();
        }
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        if (location.startsWith("classpath:")) {
            path = location.substring("classpath:".length());
        }
        if (Files.exists(Path.of(path))
                || Thread.currentThread().getContextClassLoader().getResource(path) != null) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path).toAbsolutePath().normalize().toString());
    }

    private static void check(String property, String variable, String consequence) {
        Optional<String> location = ConfigProvider.getConfig().getOptionalValue(property, String.class);
        location.flatMap(DevModeChecks::missing)
                .ifPresent(path -> LOG.warnf(
                        "%s is %s, which does not exist: %s. Run ./run.sh --detach (or ./run.sh token) once from the"
                                + " repository root to make the local key pair in .run/keys/, or set %s.",
                        property, path, consequence, variable));
    }
}
