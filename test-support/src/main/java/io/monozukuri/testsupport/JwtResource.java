package io.monozukuri.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Makes the application under test trust {@link TestKeys} (and sign its own service tokens with them). Use
 * with {@code @WithTestResource(JwtResource.class)}, and {@link Tokens} to make tokens.
 */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey",
                TestKeys.publicKeyPem(),
                "mp.jwt.verify.issuer",
                TestKeys.ISSUER,
                "smallrye.jwt.sign.key",
                TestKeys.privateKeyPem(),
                "smallrye.jwt.new-token.issuer",
                TestKeys.ISSUER);
    }

    @Override
    public void stop() {}
}
