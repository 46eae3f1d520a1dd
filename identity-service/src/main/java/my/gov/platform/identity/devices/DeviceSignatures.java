package my.gov.platform.identity.devices;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;

/**
 * What a device signs to approve a sign-in: {@code mygov-device-approval:<challengeId>:<challenge>},
 * with ECDSA P-256 / SHA-256 (DER signature, Base64url). Binding the challenge id stops a signature
 * for one sign-in being reused for another.
 */
public final class DeviceSignatures {
    private DeviceSignatures() {
    }

    static byte[] payload(UUID challengeId, String challenge) {
        return ("mygov-device-approval:" + challengeId + ":" + challenge).getBytes(StandardCharsets.UTF_8);
    }

    public static String sign(PrivateKey key, UUID challengeId, String challenge) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(key);
            signature.update(payload(challengeId, challenge));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(PublicKey key, UUID challengeId, String challenge, String signatureValue) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(key);
            signature.update(payload(challengeId, challenge));
            return signature.verify(Base64.getUrlDecoder().decode(signatureValue));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
