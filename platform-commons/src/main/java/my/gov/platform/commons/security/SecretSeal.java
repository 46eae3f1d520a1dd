package my.gov.platform.commons.security;

import org.jboss.logging.Logger;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals secrets a service must read back (TOTP shared secrets, private signing keys, callback keys)
 * before they are stored: AES-256-GCM under a key kept outside the database, so that a copy of the
 * database alone yields none of them. Each sealed value is bound to a context naming its row (e.g.
 * the account it belongs to), so a sealed value copied into another row does not open: whoever can
 * write the tables cannot give a victim their own authenticator secret.
 */
public final class SecretSeal {
    /** The prefix of a sealed value, naming the format. */
    public static final String PREFIX = "v1:";
    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(SecretSeal.class);

    private final SecretKeySpec key;

    public SecretSeal(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The sealing key must be " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The seal of a key file: 32 bytes in Base64 ({@code openssl rand -base64 32}), created owner-readable
     * only when missing if {@code createIfMissing} (local run and tests).
     *
     * @param createSetting the setting that allows creating it, named in the error when the file is missing
     */
    public static SecretSeal fromKeyFile(Path file, boolean createIfMissing, String createSetting) {
        if (Files.exists(file)) {
            return new SecretSeal(read(file));
        }
        if (!createIfMissing) {
            throw new IllegalStateException("No secrets key at " + file + ": provide 32 random bytes in Base64 "
                    + "(openssl rand -base64 32; see the service README) or set " + createSetting + "=true");
        }
        byte[] key = newKey();
        KeyFiles.createOwnerOnly(file, Base64.getEncoder().encodeToString(key) + "\n");
        LOG.infof("Created a new secrets key at %s", file);
        return new SecretSeal(key);
    }

    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    private static byte[] read(Path file) {
        try {
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("The secrets key file " + file + " must hold " + KEY_BYTES
                        + " bytes in Base64 (openssl rand -base64 32), not " + key.length);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the secrets key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secrets key file " + file + " is not Base64 (openssl rand -base64 32)", e);
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public String seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, context, secret.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    /** @throws IllegalStateException if the value is not sealed, or not sealed with this key for this context */
    public String open(String stored, String context) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("A stored secret of " + context + " is not sealed");
        }
        byte[] whole;
        try {
            whole = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret of " + context + " is not a sealed value", e);
        }
        if (whole.length <= NONCE_BYTES) {
            throw new IllegalStateException("A stored secret of " + context + " is too short to be a sealed value");
        }
        ByteBuffer buffer = ByteBuffer.wrap(whole);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(run(Cipher.DECRYPT_MODE, nonce, context, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("A stored secret of " + context
                    + " does not open: it was sealed with another key or for another row, or was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A secret of " + context + " could not be sealed or opened", e);
        }
    }
}
