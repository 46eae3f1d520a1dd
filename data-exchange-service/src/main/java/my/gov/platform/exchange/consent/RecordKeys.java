package my.gov.platform.exchange.consent;

import my.gov.platform.exchange.audit.Hex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Consents and audit entries never store a record key such as a MyKad number: they hold its
 * SHA-256, which is enough to match a query to a citizen's consents and access log.
 */
public final class RecordKeys {
    private RecordKeys() {
    }

    public static String hash(String recordKey) {
        try {
            return Hex.of(MessageDigest.getInstance("SHA-256").digest(recordKey.trim().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
