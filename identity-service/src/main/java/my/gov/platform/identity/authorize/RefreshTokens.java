package my.gov.platform.identity.authorize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.accounts.AccountDeactivated;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.oauth.IssuedToken;
import my.gov.platform.identity.signin.SessionEnded;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Opaque refresh tokens that rotate on every use. Presenting a token that was already used means
 * it was copied: the whole family (every rotation of that grant) is revoked at once.
 */
@ApplicationScoped
public class RefreshTokens {
    private final Duration lifetime;

    RefreshTokens(IdentityConfig config) {
        this.lifetime = config.refreshTokenLifetime();
    }

    /** A successful rotation: the new refresh token and the access token issued with it. */
    public record Rotation(String token, IssuedToken access) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(UUID familyId, AuthorizationCode code, IssuedToken access, String dpopJkt) {
        return persist(familyId, code.clientId, code.accountId, code.sessionId, code.scope, code.authTime, code.acr, code.amr,
                access, dpopJkt);
    }

    /**
     * Rotates, issuing the access token of the grant it continues in the same transaction; empty when the
     * token is unknown, expired, revoked, another client's, bound to another DPoP key, or reused (which
     * revokes its family). If issuing the access token fails, the token is not used up.
     */
    public Optional<Rotation> rotate(String token, OAuthClient client, String dpopJkt, Function<RefreshToken, IssuedToken> issueAccess) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RefreshToken current = RefreshToken.<RefreshToken>find("tokenHash", OpaqueTokens.digest(token)).firstResult();
            Instant now = Instant.now();
            if (current == null || !current.clientId.equals(client.clientId) || current.revokedAt != null
                    || (current.dpopJkt != null && !current.dpopJkt.equals(dpopJkt))) {
                return Optional.empty();
            }
            if (current.usedAt != null) {
                revokeFamily(current.familyId, now);
                return Optional.empty();
            }
            if (!current.expiresAt.isAfter(now)) {
                return Optional.empty();
            }
            current.usedAt = now;
            IssuedToken access = issueAccess.apply(current);
            String next = persist(current.familyId, current.clientId, current.accountId, current.sessionId, current.scope,
                    current.authTime, current.acr, current.amr, access, current.dpopJkt);
            return Optional.of(new Rotation(next, access));
        });
    }

    /**
     * RFC 7009 for refresh tokens: revokes the token's whole family when it belongs to the client.
     *
     * @return the family's rotations whose access token has not expired yet, for the caller to revoke those too
     */
    @Transactional
    public List<RefreshToken> revoke(String token, OAuthClient client) {
        RefreshToken found = RefreshToken.<RefreshToken>find("tokenHash", OpaqueTokens.digest(token)).firstResult();
        if (found == null || !found.clientId.equals(client.clientId)) {
            return List.of();
        }
        Instant now = Instant.now();
        revokeFamily(found.familyId, now);
        return RefreshToken.list("familyId = ?1 and accessTokenExpiresAt > ?2", found.familyId, now);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeFamily(UUID familyId, Instant now) {
        RefreshToken.update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    /** Logout: the session's refresh tokens stop working at once, in the transaction that ends it. */
    void revokeSession(@Observes SessionEnded ended) {
        RefreshToken.update("revokedAt = ?1 where sessionId = ?2 and revokedAt is null", ended.endedAt(), ended.sessionId());
    }

    void revokeAllOf(@Observes AccountDeactivated deactivated) {
        RefreshToken.update("revokedAt = ?1 where accountId = ?2 and revokedAt is null", Instant.now(), deactivated.accountId());
    }

    private String persist(UUID familyId, String clientId, UUID accountId, UUID sessionId, String scope, Instant authTime,
                           String acr, List<String> amr, IssuedToken access, String dpopJkt) {
        String token = OpaqueTokens.generate();
        Instant now = Instant.now();
        RefreshToken row = new RefreshToken();
        row.id = Ids.newId();
        row.tokenHash = OpaqueTokens.digest(token);
        row.familyId = familyId;
        row.clientId = clientId;
        row.accountId = accountId;
        row.sessionId = sessionId;
        row.scope = scope;
        row.authTime = authTime;
        row.acr = acr;
        row.amr = amr;
        row.createdAt = now;
        row.expiresAt = now.plus(lifetime);
        row.dpopJkt = dpopJkt;
        row.accessTokenJti = access.jti();
        row.accessTokenExpiresAt = access.expiresAt();
        row.persist();
        return token;
    }
}
