package my.gov.platform.identity.authorize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountStatus;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.clients.GrantType;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.oauth.AccessTokens;
import my.gov.platform.identity.oauth.AuthenticationInfo;
import my.gov.platform.identity.oauth.IssuedToken;
import my.gov.platform.identity.oauth.OAuthError;
import my.gov.platform.identity.oauth.SignInGrants;
import my.gov.platform.identity.oauth.TokenRevocations;
import my.gov.platform.identity.signin.UserSession;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The authorization_code and refresh_token grants: a code is good once, for its client and
 * redirect URI, within a minute, with the PKCE verifier, while its session lasts; a replayed code revokes what it issued.
 */
@ApplicationScoped
public class CodeExchange implements SignInGrants {
    private final AccessTokens accessTokens;
    private final IdTokens idTokens;
    private final RefreshTokens refreshTokens;
    private final TokenRevocations revocations;

    CodeExchange(AccessTokens accessTokens, IdTokens idTokens, RefreshTokens refreshTokens, TokenRevocations revocations) {
        this.accessTokens = accessTokens;
        this.idTokens = idTokens;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
    }

    @Override
    public Map<String, Object> exchange(OAuthClient client, String code, String redirectUri, String verifier, String dpopJkt) {
        if (code == null) {
            throw OAuthError.invalidRequest("code is required");
        }
        Optional<Map<String, Object>> response = QuarkusTransaction.requiringNew().call(() -> redeem(client, code, redirectUri, verifier, dpopJkt));
        return response.orElseThrow(() -> OAuthError.invalidGrant("The code is invalid, expired, already used, or was issued for another client, redirect URI or verifier"));
    }

    @Override
    public Map<String, Object> refresh(OAuthClient client, String token, String dpopJkt) {
        if (token == null) {
            throw OAuthError.invalidRequest("refresh_token is required");
        }
        RefreshTokens.Rotation rotation = refreshTokens.rotate(token, client, dpopJkt, grant -> accessFor(client, grant, dpopJkt))
                .orElseThrow(() -> OAuthError.invalidGrant("The refresh token is invalid, expired, revoked or was already used"));
        Map<String, Object> body = rotation.access().tokenResponse();
        body.put("refresh_token", rotation.token());
        return body;
    }

    @Override
    public void revokeRefreshToken(String token, OAuthClient client) {
        refreshTokens.revoke(token, client).forEach(rotation ->
                revocations.revoke(rotation.accessTokenJti, client.clientId, rotation.accessTokenExpiresAt));
    }

    private IssuedToken accessFor(OAuthClient client, RefreshToken grant, String dpopJkt) {
        Account account = Account.findById(grant.accountId);
        if (account == null || account.status != AccountStatus.ACTIVE) {
            throw OAuthError.invalidGrant("The account is not active");
        }
        return accessTokens.forPerson(client, account, ScopePolicy.parse(grant.scope), grant.sessionId,
                new AuthenticationInfo(grant.authTime, grant.acr, grant.amr), dpopJkt);
    }

    private Optional<Map<String, Object>> redeem(OAuthClient client, String code, String redirectUri, String verifier,
                                                 String dpopJkt) {
        AuthorizationCode row = AuthorizationCode.findById(OpaqueTokens.digest(code));
        Instant now = Instant.now();
        if (row == null || !row.clientId.equals(client.clientId)) {
            return Optional.empty();
        }
        if (row.usedAt != null) {
            refreshTokens.revokeFamily(row.familyId, now);
            return Optional.empty();
        }
        row.usedAt = now;
        Account account = Account.findById(row.accountId);
        boolean dpopKeyOk = row.dpopJkt == null || row.dpopJkt.equals(dpopJkt);
        // A code from a session that has ended since (logout) would start a grant the logout was meant to end.
        UserSession session = UserSession.findById(row.sessionId);
        if (!row.expiresAt.isAfter(now) || !row.redirectUri.equals(redirectUri) || !Pkce.verify(verifier, row.codeChallenge) || !dpopKeyOk
                || account == null || account.status != AccountStatus.ACTIVE || session == null || session.endedAt != null) {
            return Optional.empty();
        }
        Set<String> scopes = ScopePolicy.parse(row.scope);
        IssuedToken access = accessTokens.forPerson(client, account, scopes, row.sessionId,
                new AuthenticationInfo(row.authTime, row.acr, row.amr), dpopJkt);
        Map<String, Object> body = access.tokenResponse();
        if (scopes.contains("openid")) {
            body.put("id_token", idTokens.issue(client.clientId, account.id, row.sessionId, row.nonce, row.authTime, row.acr, row.amr,
                    PersonClaims.released(account, scopes)));
        }
        if (client.allowsGrant(GrantType.REFRESH_TOKEN.oauthName())) {
            body.put("refresh_token", refreshTokens.issue(row.familyId, row, access, dpopJkt));
        }
        return Optional.of(body);
    }
}
