package my.gov.platform.identity.dpop;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.oauth.UsedAssertions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** DPoP proofs at this provider's endpoints: verified, and each proof accepted once. */
@ApplicationScoped
public class DpopProofs {
    static final Duration WINDOW = Duration.ofSeconds(60);

    private final DpopProofVerifier verifier = new DpopProofVerifier(WINDOW);
    private final UsedAssertions used;
    private final IdentityConfig config;

    DpopProofs(UsedAssertions used, IdentityConfig config) {
        this.used = used;
        this.config = config;
    }

    /** @return the key thumbprint of a valid, unused proof for {@code method} on {@code path} */
    public Optional<String> check(String proof, String method, String path, String accessToken) {
        Instant now = Instant.now();
        return verifier.verify(proof, method, config.endpoint(path), accessToken, now)
                .filter(p -> used.firstUse("dpop:" + p.jkt(), p.jti(), p.issuedAt().plus(WINDOW)))
                .map(DpopProofVerifier.Proof::jkt);
    }
}
