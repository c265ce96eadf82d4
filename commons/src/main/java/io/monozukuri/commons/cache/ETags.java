package io.monozukuri.commons.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ETags of public reads, the same in every service and in the gateway's composed views: weak ({@code W/"…"}),
 * since the gateway may compress an answer, made from what determines the answer (the data version, the URI and
 * {@code Accept} in a service; the ETags of the answers a view is composed of in the gateway), and compared as
 * RFC 9110 says for {@code If-None-Match} (weak comparison, {@code *}, lists).
 */
public final class ETags {

    /** What the answers vary with besides the URI. */
    public static final String VARY = "Accept";

    /** A digest per thread, reset after each use: looking one up costs more than hashing a URI. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    });

    private static final HexFormat HEX = HexFormat.of();

    private ETags() {}

    /** The ETag of a service's answer to {@code uri} with {@code accept} at data version {@code version}. */
    public static String of(long version, String uri, String accept) {
        return of(Long.toString(version), uri, accept == null ? "" : accept);
    }

    /** A weak ETag made from parts (hashed, so that nothing of them shows). */
    public static String of(String... parts) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        for (String part : parts) {
            sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        // digest() resets it for the next use
        return "W/\"" + HEX.formatHex(sha.digest(), 0, 16) + "\"";
    }

    /** Whether an {@code If-None-Match} header matches {@code etag} (weak comparison; {@code *} matches). */
    public static boolean matches(String ifNoneMatch, String etag) {
        return matches(ifNoneMatch, etag, true);
    }

    /**
     * Whether an {@code If-None-Match} header matches {@code etag}; {@code *} only when {@code wildcard} (it matches
     * any current representation, so it may be answered only once the resource is known to exist).
     */
    public static boolean matches(String ifNoneMatch, String etag, boolean wildcard) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String opaque = opaque(etag);
        int from = 0;
        int length = ifNoneMatch.length();
        while (from < length) {
            int comma = ifNoneMatch.indexOf(',', from);
            int to = comma < 0 ? length : comma;
            String candidate = ifNoneMatch.substring(from, to).trim();
            if (candidate.equals("*")
                    ? wildcard
                    : !candidate.isEmpty() && opaque(candidate).equals(opaque)) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The {@code Cache-Control} of public reads. */
    public static String cacheControl(int maxAgeSeconds) {
        return maxAgeSeconds > 0 ? "public, max-age=" + maxAgeSeconds : "public, no-cache";
    }
}
