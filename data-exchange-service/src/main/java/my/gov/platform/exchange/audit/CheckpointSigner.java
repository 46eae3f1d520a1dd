package my.gov.platform.exchange.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Ed25519 signatures over checkpoints; keys travel as Base64 PKCS#8 (private) and X.509 (public). */
public final class CheckpointSigner {
    public static final String ALGORITHM = "Ed25519";

    private CheckpointSigner() {
    }

    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    public static Checkpoint sign(long treeSize, String rootHash, Instant signedAt, String keyId, PrivateKey key) {
        Checkpoint unsigned = new Checkpoint(treeSize, rootHash, signedAt, keyId, null);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(unsigned.signedText());
            return new Checkpoint(treeSize, rootHash, signedAt, keyId, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the checkpoint", e);
        }
    }

    public static boolean verify(Checkpoint checkpoint, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(checkpoint.signedText());
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a private key and a public key belong together: the public one verifies what the private one signs. */
    public static boolean halvesMatch(KeyPair pair) {
        Checkpoint probe = sign(0, "00".repeat(32), Instant.EPOCH, "probe", pair.getPrivate());
        return verify(probe, pair.getPublic());
    }

    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key", e);
        }
    }
}
