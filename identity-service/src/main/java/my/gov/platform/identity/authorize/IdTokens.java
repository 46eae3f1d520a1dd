package my.gov.platform.identity.authorize;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.crypto.SigningAlgorithm;
import my.gov.platform.identity.oauth.TokenSigner;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** OpenID Connect ID tokens (Core §2), RS256. */
@ApplicationScoped
public class IdTokens {
    private final TokenSigner signer;
    private final IdentityConfig config;

    IdTokens(TokenSigner signer, IdentityConfig config) {
        this.signer = signer;
        this.config = config;
    }

    /**
     * @param identityClaims the person's claims for the granted scopes (as userinfo gives them), so a
     *                       relying party that reads only the ID token, as web sign-in libraries do, has them too
     */
    public String issue(String clientId, UUID accountId, UUID sessionId, String nonce, Instant authTime, String acr, List<String> amr,
                        Map<String, Object> identityClaims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(config.issuer())
                .subject(accountId.toString())
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(config.accessTokenLifetime())))
                .claim("azp", clientId)
                .claim("auth_time", authTime.getEpochSecond())
                .claim("acr", acr)
                .claim("amr", amr)
                .claim("sid", sessionId.toString());
        identityClaims.forEach((name, value) -> {
            if (!name.equals("sub")) {
                claims.claim(name, value);
            }
        });
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return signer.sign(claims.build(), SigningAlgorithm.RS256, JOSEObjectType.JWT);
    }
}
