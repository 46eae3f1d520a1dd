package my.gov.platform.identity.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Client secrets: generated with 256 bits of entropy, stored as a SHA-256 digest. A slow password
 * hash is not needed for secrets this random, and would cap token issuance far below the target rate.
 */
public final class ClientSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "sha256:";

    private ClientSecrets() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return PREFIX + HexFormat.of().formatHex(digest(secret));
    }

    /** Constant-time comparison, so timing does not reveal how much of a guess was right. */
    public static boolean matches(String secret, String storedHash) {
        if (secret == null || storedHash == null || !storedHash.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(storedHash.substring(PREFIX.length()));
        return MessageDigest.isEqual(expected, digest(secret));
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
