package my.gov.platform.commons.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Refuses the still-valid tokens of people identity-service has deactivated (401, as for any dead token). */
@ApplicationScoped
public class WithdrawnTokensGuard implements SecurityIdentityAugmentor {
    private final DeactivatedPeople deactivated;

    WithdrawnTokensGuard(DeactivatedPeople deactivated) {
        this.deactivated = deactivated;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && deactivated.isDeactivated(subject(identity))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The account behind this token has been deactivated"));
        }
        return Uni.createFrom().item(identity);
    }

    private static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : identity.getPrincipal().getName();
    }
}
