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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seals secrets a service must read back (TOTP shared secrets, private signing keys, callback keys)
 * before they are stored: AES-256-GCM under a key kept outside the database, so that a copy of the
 * database alone yields none of them. Each sealed value is bound to a context naming its row (e.g.
 * the account it belongs to), so a sealed value copied into another row does not open: whoever can
 * write the tables cannot give a victim their own authenticator secret.
 *
 * <p>Keys rotate: new values are sealed under the current key and name it ({@code v2:<key id>:…},
 * the id being derived from the key itself); earlier keys, still configured, keep opening the values
 * sealed under them until {@link SealedColumn#sealUnderCurrentKey} has re-sealed those. Values sealed
 * before keys had ids ({@code v1:…}) open under whichever configured key sealed them.
 */
public final class SecretSeal {
    public static final int KEY_BYTES = 32;
    private static final String LEGACY_PREFIX = "v1:";
    private static final String PREFIX = "v2:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(SecretSeal.class);

    private final String currentKeyId;
    /** By key id, the current key first. */
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    public SecretSeal(byte[] key) {
        this(key, List.of());
    }

    /** @param earlierKeys keys that no longer seal, whose values must still open */
    public SecretSeal(byte[] currentKey, List<byte[]> earlierKeys) {
        this.currentKeyId = add(currentKey);
        earlierKeys.forEach(this::add);
    }

    private String add(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The sealing key must be " + KEY_BYTES + " bytes, not " + key.length);
        }
        String id = keyId(key);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    /** A short name of a key that reveals nothing of it: the start of its SHA-256. */
    private static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The seal of key files, each 32 bytes in Base64 ({@code openssl rand -base64 32}): the current one,
     * created owner-readable only when missing if {@code createIfMissing} (local run and tests), and
     * the earlier ones, which must exist.
     *
     * @param createSetting the setting that allows creating it, named in the error when the file is missing
     */
    public static SecretSeal fromKeyFiles(Path current, List<Path> earlier, boolean createIfMissing, String createSetting) {
        List<byte[]> earlierKeys = new ArrayList<>();
        for (Path file : earlier) {
            if (!Files.exists(file)) {
                throw new IllegalStateException("No earlier secrets key at " + file + ": an earlier key is only read, never created");
            }
            earlierKeys.add(read(file));
        }
        return new SecretSeal(currentKey(current, createIfMissing, createSetting), earlierKeys);
    }

    public static SecretSeal fromKeyFile(Path file, boolean createIfMissing, String createSetting) {
        return fromKeyFiles(file, List.of(), createIfMissing, createSetting);
    }

    private static byte[] currentKey(Path file, boolean createIfMissing, String createSetting) {
        if (Files.exists(file)) {
            return read(file);
        }
        if (!createIfMissing) {
            throw new IllegalStateException("No secrets key at " + file + ": provide 32 random bytes in Base64 "
                    + "(openssl rand -base64 32; see the service README) or set " + createSetting + "=true");
        }
        byte[] key = newKey();
        KeyFiles.createOwnerOnly(file, Base64.getEncoder().encodeToString(key) + "\n");
        LOG.infof("Created a new secrets key at %s", file);
        return key;
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
        return stored != null && (stored.startsWith(PREFIX) || stored.startsWith(LEGACY_PREFIX));
    }

    /** The start of every value sealed under the current key; any other value is to be re-sealed. */
    public String currentPrefix() {
        return PREFIX + currentKeyId + ":";
    }

    public String seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(keys.get(currentKeyId), Cipher.ENCRYPT_MODE, nonce, context, secret.getBytes(StandardCharsets.UTF_8));
        return currentPrefix() + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    /** @throws IllegalStateException if the value is not sealed, its key is not configured, or it was not sealed for this context */
    public String open(String stored, String context) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("A stored secret of " + context + " is not sealed");
        }
        if (stored.startsWith(LEGACY_PREFIX)) {
            return openUnderAnyKey(sealedBytes(stored.substring(LEGACY_PREFIX.length()), context), context);
        }
        int idEnd = stored.indexOf(':', PREFIX.length());
        String keyId = idEnd < 0 ? "" : stored.substring(PREFIX.length(), idEnd);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("A stored secret of " + context + " was sealed under key " + keyId
                    + ", which is not configured: add its file to the earlier secrets key files");
        }
        return open(key, sealedBytes(stored.substring(idEnd + 1), context), context);
    }

    /** A value sealed before keys had ids: the GCM tag tells which configured key sealed it. */
    private String openUnderAnyKey(byte[] whole, String context) {
        IllegalStateException last = null;
        for (SecretKeySpec key : keys.values()) {
            try {
                return open(key, whole, context);
            } catch (IllegalStateException notThisKey) {
                last = notThisKey;
            }
        }
        throw last;
    }

    private static byte[] sealedBytes(String base64, String context) {
        byte[] whole;
        try {
            whole = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret of " + context + " is not a sealed value", e);
        }
        if (whole.length <= NONCE_BYTES) {
            throw new IllegalStateException("A stored secret of " + context + " is too short to be a sealed value");
        }
        return whole;
    }

    private static String open(SecretKeySpec key, byte[] whole, String context) {
        ByteBuffer buffer = ByteBuffer.wrap(whole);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(run(key, Cipher.DECRYPT_MODE, nonce, context, sealed), StandardCharsets.UTF_8);
    }

    private static byte[] run(SecretKeySpec key, int mode, byte[] nonce, String context, byte[] input) {
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
