package io.monozukuri.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens for tests, signed by {@link TestKeys}. */
public final class Tokens {

    private Tokens() {}

    /** A token of a person who may correct data. */
    public static String editor() {
        return withGroups("editor");
    }

    /** A token allowed to ingest reports (and used service-to-service). */
    public static String ingest() {
        return withGroups("ingest");
    }

    /** A valid token that carries none of the groups that writes need. */
    public static String reader() {
        return withGroups("reader");
    }

    public static String withGroups(String... groups) {
        return Jwt.issuer(TestKeys.ISSUER)
                .upn("tester@monozukuri.io")
                .subject("tester")
                .groups(Set.of(groups))
                .expiresIn(3600)
                .sign(TestKeys.privateKey());
    }

    /** An editor token that expired an hour ago. */
    public static String expiredEditor() {
        Instant past = Instant.now().minusSeconds(7200);
        return Jwt.issuer(TestKeys.ISSUER)
                .upn("tester@monozukuri.io")
                .groups(Set.of("editor"))
                .issuedAt(past)
                .expiresAt(past.plusSeconds(3600))
                .sign(TestKeys.privateKey());
    }

    /** An editor token signed by a key nobody trusts. */
    public static String forgedEditor() {
        return Jwt.issuer(TestKeys.ISSUER)
                .upn("mallory@example.com")
                .groups(Set.of("editor"))
                .expiresIn(3600)
                .sign(TestKeys.strangerKey());
    }

    /** The header value for a token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
