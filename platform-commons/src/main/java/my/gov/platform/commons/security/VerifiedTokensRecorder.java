package my.gov.platform.commons.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hands {@link VerifiedTokens} each identity once every other augmentor has accepted it (this one runs
 * last), so a token refused by an augmentor is not remembered.
 */
@ApplicationScoped
public class VerifiedTokensRecorder implements SecurityIdentityAugmentor {
    private final VerifiedTokens verifiedTokens;

    VerifiedTokensRecorder(VerifiedTokens verifiedTokens) {
        this.verifiedTokens = verifiedTokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        verifiedTokens.remember(identity);
        return Uni.createFrom().item(identity);
    }
}
