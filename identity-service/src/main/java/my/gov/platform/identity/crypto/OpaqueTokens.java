package my.gov.platform.identity.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random values handed out once and later presented back (codes, refresh tokens, session cookies, client
 * secrets): generated with 256 bits of entropy and stored only as a SHA-256 digest. A slow password hash is not
 * needed for values this random (nor for short-lived one-time codes salted with their account), and would cap
 * token issuance far below the target rate.
 */
public final class OpaqueTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "sha256:";

    private OpaqueTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String digest(String value) {
        return PREFIX + HexFormat.of().formatHex(sha256(value));
    }

    /** Constant-time comparison, so timing does not reveal how much of a guess was right. */
    public static boolean matches(String value, String storedDigest) {
        if (value == null || storedDigest == null || !storedDigest.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(storedDigest.substring(PREFIX.length()));
        return MessageDigest.isEqual(expected, sha256(value));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
