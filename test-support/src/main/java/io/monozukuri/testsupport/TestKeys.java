package io.monozukuri.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/** An RSA key pair made when the test JVM starts: no private key is ever committed. */
public final class TestKeys {

    /** The issuer every test token carries and every service under test expects. */
    public static final String ISSUER = "https://monozukuri.io/test-issuer";

    private static final KeyPair PAIR = generate();
    private static final KeyPair STRANGER = generate();

    private TestKeys() {}

    public static PrivateKey privateKey() {
        return PAIR.getPrivate();
    }

    public static PublicKey publicKey() {
        return PAIR.getPublic();
    }

    /** A key the services do not trust, to prove that they reject what it signs. */
    public static PrivateKey strangerKey() {
        return STRANGER.getPrivate();
    }

    public static String publicKeyPem() {
        return pem("PUBLIC KEY", PAIR.getPublic().getEncoded());
    }

    public static String privateKeyPem() {
        return pem("PRIVATE KEY", PAIR.getPrivate().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
