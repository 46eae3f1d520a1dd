package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.security.AdminCaller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;

import java.text.ParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a verified self-issued access token into a security identity: {@code scope} entries
 * become permissions (for {@code @PermissionsAllowed}) and {@code roles} become roles.
 */
@ApplicationScoped
public class SelfIssuedTokenIdentityProvider implements IdentityProvider<SelfIssuedTokenRequest> {
    private final AccessTokenVerifier verifier;

    SelfIssuedTokenIdentityProvider(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Class<SelfIssuedTokenRequest> getRequestType() {
        return SelfIssuedTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SelfIssuedTokenRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> identity(request.token(), routing));
    }

    /**
     * The principal is the token, as quarkus-oidc gives it at the other services, and the identity keeps its request,
     * so the platform's resource-server guard (a key-bound token only with its DPoP proof, the level of assurance
     * an operation needs) applies here as everywhere.
     */
    private SecurityIdentity identity(String token, RoutingContext routing) {
        JWTClaimsSet claims = verifier.verifyActive(token)
                .orElseThrow(() -> new AuthenticationFailedException("The bearer token is not an active token of this issuer"));
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(principal(token, claims))
                .addCredential(new AccessTokenCredential(token))
                .addAttribute(RoutingContext.class.getName(), routing);
        if (claims.getClaim(AdminCaller.AGENCY) instanceof String agency) {
            identity.addAttribute(AdminCaller.AGENCY, agency);
        }
        Object scope = claims.getClaim("scope");
        if (scope instanceof String scopes && !scopes.isBlank()) {
            Arrays.stream(scopes.trim().split(" +")).forEach(identity::addPermissionAsString);
        }
        List<String> roles = roles(claims);
        roles.forEach(identity::addRole);
        if (roles.contains(AdminCaller.PLATFORM_ADMIN)) {
            // Platform administrators administer the identity service without a separate scope.
            identity.addPermissionAsString(AdminCaller.IDENTITY_ADMIN);
        }
        return identity.build();
    }

    private static JsonWebToken principal(String token, JWTClaimsSet claims) {
        try {
            return new DefaultJWTCallerPrincipal(token, "JWT", JwtClaims.parse(claims.toString()));
        } catch (InvalidJwtException e) {
            throw new AuthenticationFailedException("The token's claims cannot be read", e);
        }
    }

    private static List<String> roles(JWTClaimsSet claims) {
        try {
            List<String> roles = claims.getStringListClaim("roles");
            return roles == null ? List.of() : roles;
        } catch (ParseException e) {
            return List.of();
        }
    }
}
