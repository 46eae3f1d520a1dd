package my.gov.platform.identity.authorize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/** RFC 7636 with S256 only: {@code plain} gives no protection against a stolen code. */
public final class Pkce {
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");

    private Pkce() {
    }

    /**
     * What is wrong with an authorization request's PKCE parameters, if anything. OAuth 2.1 and RFC 9700 §2.1.1:
     * PKCE for every client, confidential ones too, since a client secret does not stop an attacker who injects a
     * stolen code into the client's own session. The authorization endpoint and the PAR endpoint both ask this.
     */
    public static Optional<String> refusal(String challenge, String method) {
        if (challenge == null) {
            return Optional.of("code_challenge is required (PKCE with S256)");
        }
        if (!"S256".equals(method)) {
            return Optional.of("code_challenge_method must be S256");
        }
        if (!CHALLENGE.matcher(challenge).matches()) {
            return Optional.of("code_challenge is not a S256 challenge");
        }
        return Optional.empty();
    }

    public static boolean verify(String verifier, String challenge) {
        if (verifier == null || challenge == null || !VERIFIER.matcher(verifier).matches()) {
            return false;
        }
        return MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
    }

    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
