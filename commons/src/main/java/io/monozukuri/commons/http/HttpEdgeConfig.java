package io.monozukuri.commons.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * What every service and the gateway refuse at the HTTP layer, and the security headers they send. The defaults live
 * in commons' {@code META-INF/microprofile-config.properties}, shared by every module.
 */
@ConfigMapping(prefix = "monozukuri.http")
public interface HttpEdgeConfig {

    /** The longest request target (path and query) accepted; longer ones are answered 414. */
    @WithDefault("8192")
    int maxUriLength();

    /** The largest total size of the request headers (names, values and separators); larger ones are answered 431. */
    @WithDefault("16384")
    int maxHeaderSize();

    /** A request body that sends nothing for this long is answered 408 and its connection closed. */
    @WithDefault("10s")
    Duration bodyIdleTimeout();

    /** A request body that is still arriving after this long is answered 408 and its connection closed. */
    @WithDefault("120s")
    Duration bodyTimeout();

    SecurityHeaders securityHeaders();

    /** Headers that tell browsers how to treat the answers. */
    interface SecurityHeaders {
        @WithDefault("true")
        boolean enabled();

        /** {@code Strict-Transport-Security}. */
        @WithDefault("max-age=31536000; includeSubDomains")
        String hsts();

        /** The {@code Content-Security-Policy} of every answer except the UI pages. */
        @WithDefault("default-src 'none'; frame-ancestors 'none'")
        String contentSecurityPolicy();

        /** Path prefixes of HTML pages (Swagger UI) that get {@link #uiContentSecurityPolicy()}. */
        @WithDefault("/q/swagger-ui")
        List<String> uiPaths();

        @WithDefault(
                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
        String uiContentSecurityPolicy();

        @WithDefault("no-referrer")
        String referrerPolicy();

        @WithDefault("DENY")
        String frameOptions();
    }
}
