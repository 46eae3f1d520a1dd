package my.gov.platform.identity.dpop;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Server-provided DPoP nonces (RFC 9449 §8) without storage: a nonce is the number of its time slot
 * and a MAC over it, so any replica holding the same key accepts it. A nonce is good in its own slot
 * and the next one, which bounds how long a proof made with it stays usable to two slots.
 */
public final class DpopNonces {
    private static final String MAC = "HmacSHA256";
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;
    private final long slotSeconds;

    public DpopNonces(byte[] key, Duration slot) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A DPoP nonce key needs at least 256 bits");
        }
        this.key = new SecretKeySpec(key, MAC);
        this.slotSeconds = slot.toSeconds();
    }

    /** The nonce clients should use from {@code now} on. */
    public String current(Instant now) {
        return encode(slot(now));
    }

    public boolean isValid(String nonce, Instant now) {
        if (nonce == null) {
            return false;
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (raw.length != Long.BYTES + MAC_BYTES) {
            return false;
        }
        long slot = ByteBuffer.wrap(raw).getLong();
        long currentSlot = slot(now);
        return (slot == currentSlot || slot == currentSlot - 1)
                && MessageDigest.isEqual(raw, Base64.getUrlDecoder().decode(encode(slot)));
    }

    private long slot(Instant now) {
        return now.getEpochSecond() / slotSeconds;
    }

    private String encode(long slot) {
        byte[] slotBytes = ByteBuffer.allocate(Long.BYTES).putLong(slot).array();
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            byte[] tag = mac.doFinal(slotBytes);
            ByteBuffer nonce = ByteBuffer.allocate(Long.BYTES + MAC_BYTES).put(slotBytes).put(tag, 0, MAC_BYTES);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
