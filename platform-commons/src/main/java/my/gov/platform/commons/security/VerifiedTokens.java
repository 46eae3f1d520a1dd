package my.gov.platform.commons.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;

/**
 * Bearer tokens quarkus-oidc has already verified for a tenant, so that an agency system calling with
 * the same token many times a second is not verified again on every call (signature, three parses of
 * the JWT, claim checks). It answers before quarkus-oidc with the identity quarkus-oidc built for that
 * token, and only for that tenant, until the token expires or {@code mygov.security.verified-tokens.max-age}
 * has passed (so a key withdrawn from the issuer's JWKS stops being trusted within that time). It
 * answers nothing otherwise, and quarkus-oidc verifies as usual. Every augmentor still runs on the
 * identity, so {@link WithdrawnTokensGuard} refuses a remembered token that has since been withdrawn (its person deactivated, the token revoked, its session ended).
 * Tokens bound to a key (a {@code cnf} claim: DPoP or a client certificate) are never remembered, since
 * their proof is new on each request. {@link VerifiedTokensRecorder} adds what quarkus-oidc accepted.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {
    /** quarkus-oidc's name for the tenant, on the routing context and on the identity it builds. */
    static final String TENANT_ID = "tenant-id";
    private static final String REQUEST_CONTEXT_ATTRIBUTE = AuthenticationRequestContext.class.getName();

    private record Key(String tenant, String token) {
    }

    private record Verified(SecurityIdentity identity, Instant expiresAt) {
    }

    private final Cache<Key, Verified> verified;
    private final Duration maxAge;
    private final boolean enabled;
    private final Counter hits;

    VerifiedTokens(MeterRegistry metrics,
                   VerifiedTokensConfig config) {
        this.enabled = config.enabled();
        this.maxAge = config.maxAge();
        this.verified = Caffeine.newBuilder().maximumSize(config.maxSize()).expireAfterWrite(maxAge).build();
        this.hits = Counter.builder("mygov.security.verified-tokens.hits")
                .description("Bearer tokens accepted again without a new signature check, within their lifetime")
                .register(metrics);
    }

    /** Before quarkus-oidc (which keeps the default priority). */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!enabled || routing == null || !(request.getToken() instanceof AccessTokenCredential)
                || !(routing.get(TENANT_ID) instanceof String tenant)) {
            return Uni.createFrom().nullItem();
        }
        Key key = new Key(tenant, request.getToken().getToken());
        Verified found = verified.getIfPresent(key);
        if (found == null) {
            return Uni.createFrom().nullItem();
        }
        if (!Instant.now().isBefore(found.expiresAt())) {
            verified.invalidate(key);
            return Uni.createFrom().nullItem();
        }
        hits.increment();
        // The identity's per-request attributes belong to the request that verified it: use this one's.
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(found.identity())
                .addAttribute(RoutingContext.class.getName(), routing)
                .addAttribute(REQUEST_CONTEXT_ATTRIBUTE, context)
                .build());
    }

    /** Remembers an identity quarkus-oidc built from a bearer token, if the token may be reused unverified. */
    void remember(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (!enabled || credential == null || !(identity.getAttribute(TENANT_ID) instanceof String tenant)
                || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !credential.getToken().equals(token.getRawToken()) // a sign-in session's identity comes from its ID token
                || token.getClaim("cnf") != null || token.getExpirationTime() <= 0) {
            return;
        }
        Instant expiresAt = Instant.ofEpochSecond(token.getExpirationTime());
        // Only the first verification counts: the identities this class hands out come back here too, and
        // must not extend the entry past max-age.
        verified.asMap().computeIfAbsent(new Key(tenant, credential.getToken()), key -> {
            Instant latest = Instant.now().plus(maxAge);
            // Nor may an entry keep the request that verified it (its routing context) alive.
            SecurityIdentity withoutRequest = QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(RoutingContext.class.getName(), null)
                    .addAttribute(REQUEST_CONTEXT_ATTRIBUTE, null)
                    .build();
            return new Verified(withoutRequest, expiresAt.isBefore(latest) ? expiresAt : latest);
        });
    }
}
