package my.gov.platform.exchange.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.security.KeyFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;

/**
 * The key checkpoints are signed with. Its private half is read from a file outside the database
 * ({@code mygov.exchange.audit.signing-key-file}), so that whoever can write the audit tables cannot
 * also sign a rewritten log. Its public half is registered in {@code audit_signing_key} under an id
 * derived from it, which each checkpoint row refers to; verification trusts only keys configured
 * outside the database ({@link TrustedKeys}), never that table.
 */
@ApplicationScoped
public class CheckpointKey {
    private static final Logger LOG = Logger.getLogger(CheckpointKey.class);
    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private final String keyId;
    private final PrivateKey privateKey;
    private final String publicKey;

    CheckpointKey(@ConfigProperty(name = "mygov.exchange.audit.signing-key-file") Path file,
                  @ConfigProperty(name = "mygov.exchange.audit.create-signing-key") boolean createIfMissing) {
        KeyPair pair = Files.exists(file) ? read(file) : create(file, createIfMissing);
        this.privateKey = pair.getPrivate();
        this.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        this.keyId = idOf(publicKey);
    }

    /** A key's id: a fingerprint of its public half, so anyone holding the public key can compute it. */
    public static String idOf(String publicKeyBase64) {
        return "exchange-audit-" + Hex.sha256(Base64.getDecoder().decode(publicKeyBase64)).substring(0, 16);
    }

    public String keyId() {
        return keyId;
    }

    public String publicKey() {
        return publicKey;
    }

    Checkpoint sign(long treeSize, String rootHash, Instant signedAt) {
        return CheckpointSigner.sign(treeSize, rootHash, signedAt, keyId, privateKey);
    }

    /**
     * Registers the public half, which the checkpoints it signs refer to. Replicas sharing the key may
     * start together, so an id already there is left alone.
     */
    @Transactional
    public void register() {
        int added = AuditSigningKey.getEntityManager().createNativeQuery("INSERT INTO audit_signing_key "
                        + "(key_id, algorithm, public_key, created_at) VALUES (?1, ?2, ?3, now()) ON CONFLICT (key_id) DO NOTHING")
                .setParameter(1, keyId).setParameter(2, CheckpointSigner.ALGORITHM).setParameter(3, publicKey).executeUpdate();
        if (added == 1) {
            LOG.infof("Checkpoints are now signed with key %s", keyId);
        }
    }

    /** The file holds both halves as PEM: {@code openssl genpkey -algorithm ed25519} then {@code openssl pkey -pubout}. */
    private static KeyPair read(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            KeyPair pair = new KeyPair(CheckpointSigner.publicKey(block(pem, PUBLIC)), CheckpointSigner.privateKey(block(pem, PRIVATE)));
            if (!CheckpointSigner.halvesMatch(pair)) {
                throw new IllegalStateException("The two keys in " + file + " are not one key pair");
            }
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit signing key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit signing key file " + file
                    + " must hold an Ed25519 PRIVATE KEY (PKCS#8) and its PUBLIC KEY, both PEM", e);
        }
    }

    private static String block(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + label + " block");
        }
        return pem.substring(from + begin.length(), to).replaceAll("\\s", "");
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    private static KeyPair create(Path file, boolean createIfMissing) {
        if (!createIfMissing) {
            throw new IllegalStateException("No audit signing key at " + file + ": provide an Ed25519 key pair as PEM "
                    + "(see the service README) or set mygov.exchange.audit.create-signing-key=true");
        }
        KeyPair pair = CheckpointSigner.newKeyPair();
        String pem = pem(PRIVATE, pair.getPrivate().getEncoded()) + pem(PUBLIC, pair.getPublic().getEncoded());
        KeyFiles.createOwnerOnly(file, pem);
        LOG.infof("Created a new audit signing key at %s", file);
        return pair;
    }
}
