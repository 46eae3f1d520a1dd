package my.gov.platform.identity.oauth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.security.RevokedTokens;
import my.gov.platform.identity.accounts.AccountStatuses;
import my.gov.platform.identity.clients.ClientDirectory;
import my.gov.platform.identity.clients.ClientStatus;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.keys.KeyRing;
import my.gov.platform.identity.keys.SigningKeys;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies access tokens this provider issued, for introspection and for its own admin API:
 * only RS256/ES256 with one of its published keys (so {@code alg: none} and HMAC tokens keyed
 * with a public key are refused), {@code typ: at+jwt}, its issuer and the validity period. Its own
 * APIs also require the platform audience, so a token limited to another resource (RFC 8707) opens nothing here.
 */
@ApplicationScoped
public class AccessTokenVerifier {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    /** At most this many verified tokens are remembered (1-2 KiB each: at most ~15 MB of a 64 MB heap). */
    private static final int MAX_VERIFIED_TOKENS = 10_000;

    private final SigningKeys keys;
    private final IdentityConfig config;
    private final TokenRevocations revocations;
    private final ClientDirectory clients;
    private final AccountStatuses accounts;
    private final RevokedTokens announced;
    /**
     * Claims of tokens whose signature, issuer, audience and validity period were already checked, each until its
     * token expires, keyed by the token's digest (the tokens themselves are not kept). Whatever can change during a
     * token's life (revocation, the client's or the person's status) is checked on every use.
     */
    private final Cache<String, JWTClaimsSet> verified = Caffeine.newBuilder().maximumSize(MAX_VERIFIED_TOKENS)
            .expireAfter(Expiry.creating((String digest, JWTClaimsSet claims) -> untilExpiry(claims)))
            .build();

    AccessTokenVerifier(SigningKeys keys, IdentityConfig config, TokenRevocations revocations, ClientDirectory clients,
                        AccountStatuses accounts, RevokedTokens announced) {
        this.keys = keys;
        this.config = config;
        this.revocations = revocations;
        this.clients = clients;
        this.accounts = accounts;
        this.announced = announced;
    }

    /**
     * The claims of a valid, unexpired token that has not been revoked, whose client has not been
     * disabled and whose person, if any, is still active. The signature is checked once per token;
     * everything that can change during its life is checked on every call, from memory.
     */
    public Optional<JWTClaimsSet> verifyActive(String token) {
        return verifyActiveForAnyAudience(token).filter(this::forPlatform);
    }

    /**
     * Like {@link #verifyActive}, whatever the token's audience: for introspection, where a resource server
     * holding a token limited to it (RFC 8707) asks whether it is active and checks {@code aud} itself.
     */
    public Optional<JWTClaimsSet> verifyActiveForAnyAudience(String token) {
        String digest = OpaqueTokens.digest(token);
        Optional<JWTClaimsSet> claims = Optional.ofNullable(verified.getIfPresent(digest));
        if (claims.isEmpty()) {
            claims = verify(token, Instant.now());
            claims.ifPresent(c -> verified.put(digest, c));
        }
        return claims
                .filter(c -> !revocations.isRevoked(c.getJWTID()))
                .filter(c -> !sessionEnded(c))
                .filter(this::clientNotDisabled)
                .filter(c -> personStillActive(c.getSubject()));
    }

    private static Duration untilExpiry(JWTClaimsSet claims) {
        Duration left = Duration.between(Instant.now(), claims.getExpirationTime().toInstant());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A person's token from a session that has ended since: as every service learns it, from {@code my.gov.session.ended}. */
    private boolean sessionEnded(JWTClaimsSet claims) {
        return claims.getClaim("sid") instanceof String sid && claims.getIssueTime() != null
                && announced.isRevoked(null, sid, claims.getIssueTime().toInstant());
    }

    private boolean forPlatform(JWTClaimsSet claims) {
        return claims.getAudience() != null && claims.getAudience().contains(config.accessTokenAudience());
    }

    /** A token of a client that has since been disabled is no longer active; tokens name their client in {@code client_id}. */
    private boolean clientNotDisabled(JWTClaimsSet claims) {
        return !(claims.getClaim("client_id") instanceof String clientId)
                || clients.byClientId(clientId).map(c -> c.status != ClientStatus.DISABLED).orElse(true);
    }

    /** A person's token (its subject is an account id) is active only while the account is; client tokens name a client id. */
    private boolean personStillActive(String subject) {
        if (subject == null || subject.length() != 36 || subject.charAt(8) != '-') {
            return true;
        }
        UUID accountId;
        try {
            accountId = UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return true;
        }
        return accounts.isActive(accountId);
    }

    /** A token this provider issued and that has not expired, whatever its audience: its client may revoke it. */
    public Optional<JWTClaimsSet> verify(String token) {
        return verify(token, Instant.now());
    }

    private Optional<JWTClaimsSet> verify(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
            if (!ALGORITHMS.contains(algorithm) || !TokenSigner.ACCESS_TOKEN_TYPE.equals(jwt.getHeader().getType())) {
                return Optional.empty();
            }
            String kid = jwt.getHeader().getKeyID();
            KeyRing ring = keys.ring();
            if (ring.byKid(kid).isEmpty() && kid != null) {
                keys.reloadForUnknownKey();
                ring = keys.ring();
            }
            Optional<JWK> key = ring.byKid(kid);
            Optional<JWSVerifier> verifier = ring.verifier(kid);
            if (key.isEmpty() || verifier.isEmpty() || !algorithm.equals(key.get().getAlgorithm()) || !jwt.verify(verifier.get())) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean valid = config.issuer().equals(claims.getIssuer())
                    && claims.getAudience() != null && !claims.getAudience().isEmpty()
                    && claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(now)
                    && (claims.getNotBeforeTime() == null || !claims.getNotBeforeTime().toInstant().isAfter(now.plus(config.clockSkew())))
                    && claims.getJWTID() != null;
            return valid ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
