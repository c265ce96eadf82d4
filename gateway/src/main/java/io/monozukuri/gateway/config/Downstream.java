package io.monozukuri.gateway.config;

import java.net.URI;
import java.util.List;

/** The services behind the gateway, each with the public paths it owns. */
public enum Downstream {
    MEASURES("measures", "Measures", "measures-service"),
    AWARDS("awards", "Awards", "awards-service"),
    INGEST("ingest", "Ingest", "ingest-service");

    private final String key;
    private final String prefix;
    private final String serviceName;

    Downstream(String key, String prefix, String serviceName) {
        this.key = key;
        this.prefix = prefix;
        this.serviceName = serviceName;
    }

    /** Short lower-case name, used in configuration keys and circuit breaker names. */
    public String key() {
        return key;
    }

    /** Capitalised name put in front of clashing schema names and operation ids. */
    public String prefix() {
        return prefix;
    }

    /** The process name, used in messages. */
    public String serviceName() {
        return serviceName;
    }

    public GatewayConfig.Service settings(GatewayConfig config) {
        return switch (this) {
            case MEASURES -> config.services().measures();
            case AWARDS -> config.services().awards();
            case INGEST -> config.services().ingest();
        };
    }

    public URI baseUri(GatewayConfig config) {
        String url = settings(config).url();
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public List<String> prefixes(GatewayConfig config) {
        return settings(config).prefixes();
    }

    /** Whether a public path belongs to this service: one of its prefixes, alone or followed by {@code /}. */
    public boolean owns(GatewayConfig config, String path) {
        for (String p : prefixes(config)) {
            if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }
}
