/*
 * Helpers of ./run.sh that need nothing but a JDK: key pairs, local tokens, readiness waits and the sample ingest.
 * Run as a single source file: java tools/DevTool.java <command> ...
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DevTool {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "keys" -> keys(Path.of(args[1]));
            case "token" -> System.out.println(token(Path.of(args[1]), args[2], args[3], 3600));
            case "wait-ready" -> waitReady(args[1], Integer.parseInt(args[2]));
            case "ingest" -> ingest(args[1], Path.of(args[2]), args[3]);
            case "get" -> System.out.println(get(args[1]).body());
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: DevTool keys <dir> | token <privateKey.pem> <issuer> <group,group> | "
                + "wait-ready <url> <seconds> | ingest <gatewayUrl> <report.txt> <token> | get <url>");
        System.exit(2);
    }

    /** Makes an RSA key pair for signing and verifying local tokens, unless one is there already. */
    static void keys(Path dir) throws Exception {
        Path priv = dir.resolve("privateKey.pem");
        Path pub = dir.resolve("publicKey.pem");
        if (Files.exists(priv) && Files.exists(pub)) {
            return;
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        priv.toFile().setReadable(false, false);
        priv.toFile().setReadable(true, true);
    }

    static String token(Path privateKeyPem, String issuer, String groups, long seconds) throws Exception {
        String pem = Files.readString(privateKeyPem)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        long now = System.currentTimeMillis() / 1000;
        StringBuilder groupJson = new StringBuilder();
        for (String g : groups.split(",")) {
            if (!g.isBlank()) {
                groupJson.append(groupJson.length() == 0 ? "" : ",").append('"').append(g.trim()).append('"');
            }
        }
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + issuer + "\",\"sub\":\"local-user\",\"upn\":\"local-user@localhost\","
                + "\"groups\":[" + groupJson + "],\"iat\":" + now + ",\"exp\":" + (now + seconds) + ",\"jti\":\""
                + UUID.randomUUID() + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(signature.sign());
    }

    /** Waits until a URL answers 200; exits 1 after the given seconds. */
    static void waitReady(String url, int seconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(url).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        System.err.println("not ready after " + seconds + " s: " + url);
        System.exit(1);
    }

    /** Posts a report to the gateway and follows its ingest job to the end. */
    static void ingest(String gateway, Path report, String token) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/ingest/reports"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofFile(report))
                .build();
        HttpResponse<String> accepted = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            System.err.println("ingest refused: HTTP " + accepted.statusCode() + " " + accepted.body());
            System.exit(1);
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String jobUrl = location.startsWith("http") ? location : gateway + location;
        for (int i = 0; i < 600; i++) {
            String body = get(jobUrl).body();
            String status = field(body, "status");
            if ("SUCCEEDED".equals(status)) {
                System.out.println(body);
                return;
            }
            if ("FAILED".equals(status)) {
                System.err.println("ingest failed: " + body);
                System.exit(1);
            }
            Thread.sleep(500);
        }
        System.err.println("ingest did not finish in time: " + jobUrl);
        System.exit(1);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
