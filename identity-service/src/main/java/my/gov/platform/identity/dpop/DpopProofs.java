package my.gov.platform.identity.dpop;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.security.dpop.DpopProofVerifier;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.oauth.UsedAssertions;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * DPoP proofs at this provider's endpoints: verified, carrying a current server nonce (unless nonces
 * are switched off), and each proof accepted once.
 */
@ApplicationScoped
public class DpopProofs {
    static final Duration WINDOW = Duration.ofSeconds(60);
    private static final Duration NONCE_SLOT = Duration.ofMinutes(2);

    private final DpopProofVerifier verifier = new DpopProofVerifier(WINDOW);
    private final UsedAssertions used;
    private final IdentityConfig config;
    private final boolean nonceRequired;
    private final DpopNonces nonces;

    DpopProofs(UsedAssertions used, IdentityConfig config) {
        this.used = used;
        this.config = config;
        this.nonceRequired = config.dpopNonceRequired();
        this.nonces = new DpopNonces(config.dpopNonceKey().map(Base64.getDecoder()::decode).orElseGet(DpopProofs::randomKey), NONCE_SLOT);
    }

    /**
     * @return the key thumbprint of a valid, unused proof for {@code method} on {@code path}
     * @throws DpopNonceRequired when the proof is sound but lacks the current nonce
     */
    public Optional<String> check(String proof, String method, String path, String accessToken) {
        Instant now = Instant.now();
        Optional<DpopProofVerifier.Proof> valid = verifier.verify(proof, method, config.endpoint(path), accessToken, now);
        if (nonceRequired && valid.isPresent() && !nonces.isValid(valid.get().nonce(), now)) {
            throw new DpopNonceRequired(nonces.current(now));
        }
        return valid.filter(p -> used.firstUse("dpop:" + p.jkt(), p.jti(), p.issuedAt().plus(WINDOW)))
                .map(DpopProofVerifier.Proof::jkt);
    }

    /** The nonce clients should put in their next proofs. */
    public String currentNonce() {
        return nonces.current(Instant.now());
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
