package my.gov.platform.commons.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses still-valid tokens identity-service has withdrawn (401, as for any dead token): those of people it
 * deactivated, and access tokens it revoked or issued in a session that has since ended. It runs on every
 * identity, also on those {@link VerifiedTokens} remembered. A sign-in session's identity (built from its
 * ID token) is left to OIDC back-channel logout.
 */
@ApplicationScoped
public class WithdrawnTokensGuard implements SecurityIdentityAugmentor {
    private final DeactivatedPeople deactivated;
    private final RevokedTokens revoked;

    WithdrawnTokensGuard(DeactivatedPeople deactivated, RevokedTokens revoked) {
        this.deactivated = deactivated;
        this.revoked = revoked;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && deactivated.isDeactivated(subject(identity))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The account behind this token has been deactivated"));
        }
        JsonWebToken accessToken = bearerAccessToken(identity);
        if (accessToken != null && revoked.isRevoked(accessToken)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("This token was revoked, or its session has ended"));
        }
        return Uni.createFrom().item(identity);
    }

    private static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : identity.getPrincipal().getName();
    }

    private static JsonWebToken bearerAccessToken(SecurityIdentity identity) {
        AccessTokenCredential bearer = identity.getCredential(AccessTokenCredential.class);
        return identity.getPrincipal() instanceof JsonWebToken token && bearer != null && bearer.getToken().equals(token.getRawToken())
                ? token : null;
    }
}
