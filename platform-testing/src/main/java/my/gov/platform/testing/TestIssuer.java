package my.gov.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in OpenID Provider for services tested without identity-service running: it publishes
 * discovery metadata and a JWKS with one RSA key, and {@link TestTokens} signs with that key, so
 * quarkus-oidc verifies tokens exactly as it does in production (signature, issuer, expiry,
 * audience). Its token endpoint grants client credentials to any client whose secret is
 * {@code <client id>-secret} (the demo convention), limited to the {@code resource} asked for
 * (RFC 8707) as identity-service does.
 */
public final class TestIssuer {
    static final String KEY_ID = "test-issuer-key";
    private static TestIssuer running;

    private final HttpServer server;
    private final KeyPair keys;
    private final String issuer;
    private final AtomicInteger granted = new AtomicInteger();

    private TestIssuer() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> send(exchange, discovery()));
        server.createContext("/jwks", exchange -> send(exchange, jwks()));
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    public static synchronized TestIssuer start() {
        if (running == null) {
            running = new TestIssuer();
        }
        return running;
    }

    public static synchronized TestIssuer get() {
        if (running == null) {
            throw new IllegalStateException("The test issuer is not running: annotate the test with PlatformTestResource");
        }
        return running;
    }

    public String issuer() {
        return issuer;
    }

    /** How many tokens the token endpoint has granted so far, to show that a client reuses its tokens. */
    public int tokensGranted() {
        return granted.get();
    }

    KeyPair keys() {
        return keys;
    }

    private String discovery() {
        return """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","token_endpoint":"%1$s/oauth2/token",
                 "authorization_endpoint":"%1$s/authorize","id_token_signing_alg_values_supported":["RS256"],
                 "response_types_supported":["code"],"subject_types_supported":["public"]}""".formatted(issuer);
    }

    private String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = formOf(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Optional<String> client = basicClient(exchange.getRequestHeaders().getFirst("Authorization"));
        if (client.isEmpty()) {
            send(exchange, 401, "{\"error\":\"invalid_client\"}");
        } else if (!"client_credentials".equals(form.get("grant_type"))) {
            send(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        } else {
            String scope = form.getOrDefault("scope", "");
            TestTokens tokens = TestTokens.client(client.get()).scopes(scope.isBlank() ? new String[0] : scope.split(" "));
            if (form.containsKey("resource")) {
                tokens.audience(form.get("resource"));
            }
            granted.incrementAndGet();
            send(exchange, 200, "{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":%d}"
                    .formatted(tokens.token(), TestTokens.LIFETIME.toSeconds()));
        }
    }

    /** The client id of HTTP Basic credentials whose secret is {@code <client id>-secret}. */
    private static Optional<String> basicClient(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return Optional.empty();
        }
        String[] idAndSecret = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8)
                .split(":", 2);
        return idAndSecret.length == 2 && idAndSecret[1].equals(idAndSecret[0] + "-secret")
                ? Optional.of(idAndSecret[0]) : Optional.empty();
    }

    private static Map<String, String> formOf(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            if (nameAndValue.length == 2) {
                form.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, body);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
