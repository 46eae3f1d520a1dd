package my.gov.platform.identity.dpop;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.security.dpop.DpopProofVerifier;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.memory.UsedAssertions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * DPoP proofs at this provider's endpoints: verified, carrying a current server nonce (unless nonces
 * are switched off), and each proof accepted once. Built at start, so a nonce key too short to be
 * safe stops the service there rather than at its first DPoP request.
 */
@Startup
@ApplicationScoped
public class DpopProofs {
    static final Duration WINDOW = Duration.ofSeconds(60);
    static final Duration NONCE_SLOT = Duration.ofMinutes(2);

    private final DpopProofVerifier verifier = new DpopProofVerifier(WINDOW);
    private final UsedAssertions used;
    private final IdentityConfig config;
    private final boolean nonceRequired;
    private final DpopNonces nonces;

    /**
     * @param nonceKey Base64 of at least 32 bytes, the same on every replica so each accepts the others' nonces;
     *                 an injected setting outside IdentityConfig's prefix, so a missing one is named with the
     *                 service's other required settings
     */
    DpopProofs(UsedAssertions used, IdentityConfig config,
               @ConfigProperty(name = "mygov.dpop.nonce-key") String nonceKey) {
        this.used = used;
        this.config = config;
        this.nonceRequired = config.dpopNonceRequired();
        this.nonces = new DpopNonces(Base64.getDecoder().decode(nonceKey), NONCE_SLOT);
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
}
