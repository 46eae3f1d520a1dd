package my.gov.platform.identity.oauth;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Bearer authentication for identity-service's own admin API (a DPoP token arrives here in bearer form once the
 * platform's {@code DpopProofCheck} has checked its proof). The service is the issuer, so it
 * cannot use quarkus-oidc against itself (the OIDC tenant is disabled); it checks tokens with its
 * own key store instead.
 */
@ApplicationScoped
public class SelfIssuedTokenMechanism implements HttpAuthenticationMechanism {
    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        SelfIssuedTokenRequest request = new SelfIssuedTokenRequest(authorization.substring(BEARER.length()).trim());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SelfIssuedTokenRequest.class);
    }

    @Override
    public int getPriority() {
        // Ahead of the (disabled) OIDC mechanism, which would otherwise claim bearer tokens.
        return DEFAULT_PRIORITY + 1000;
    }
}
