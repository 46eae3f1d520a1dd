package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.MyKadNumber;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.config.IdentityConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues RFC 9068 JWT access tokens ({@code typ: at+jwt}, ES256 by default: several times cheaper to sign than RS256 with
 * a 2048-bit key; {@code mygov.identity.access-token-signing-algorithm=RS256} switches back) with the platform's claims:
 * {@code client_id}, {@code scope}, {@code agency} for agency clients and civil servants, and for people (not for a
 * client's own token) {@code roles}, {@code acr}, {@code amr} and {@code auth_time} (RFC 9068 §2.2.3.1), {@code sid} (the
 * sign-in session, so that ending it ends its tokens everywhere) and {@code mykad_number} when the person granted the
 * client the {@code mykad} scope (the services take a citizen's own MyKad from this claim only, never from a request body).
 */
@ApplicationScoped
public class AccessTokens {
    private final TokenSigner signer;
    private final IdentityConfig config;

    AccessTokens(TokenSigner signer, IdentityConfig config) {
        this.signer = signer;
        this.config = config;
    }

    /**
     * A token for the client itself (client credentials grant): the subject is the client id.
     *
     * @param resource the resource indicator (RFC 8707) that becomes the only audience, or null for the platform audience
     */
    public IssuedToken forClient(OAuthClient client, Collection<String> scopes, String resource, String dpopJkt) {
        String audience = resource == null ? config.accessTokenAudience() : resource;
        return issue(client, client.clientId, audience, scopes, client.agency, List.of(), null, null, null, dpopJkt);
    }

    /**
     * @param sessionId the person's sign-in session
     * @param authentication how the person signed in, carried into the token unchanged across refreshes
     * @param dpopJkt the thumbprint of the client's DPoP key when the token is sender-constrained (RFC 9449), else null
     */
    public IssuedToken forPerson(OAuthClient client, Account person, Collection<String> scopes, UUID sessionId,
                                 AuthenticationInfo authentication, String dpopJkt) {
        return issue(client, person.id.toString(), config.accessTokenAudience(), scopes, person.agency, person.roles,
                releasedMyKad(person, scopes).orElse(null), sessionId, authentication, dpopJkt);
    }

    /** The person's MyKad number as released to a client (access token, ID token, userinfo): only with the {@code mykad} scope. */
    public static Optional<String> releasedMyKad(Account person, Collection<String> scopes) {
        return scopes.contains("mykad")
                ? MyKadNumber.parse(person.mykadNumber, LocalDate.now()).map(MyKadNumber::formatted)
                : Optional.empty();
    }

    private IssuedToken issue(OAuthClient client, String subject, String audience, Collection<String> scopes, String agency,
                              List<String> roles, String mykadNumber, UUID sessionId, AuthenticationInfo authentication,
                              String dpopJkt) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(config.accessTokenLifetime());
        String jti = UUID.randomUUID().toString();
        String scope = String.join(" ", scopes);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(config.issuer())
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(jti)
                .claim("client_id", client.clientId)
                .claim("scope", scope);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        if (!roles.isEmpty()) {
            claims.claim("roles", roles);
        }
        if (mykadNumber != null) {
            claims.claim("mykad_number", mykadNumber);
        }
        if (sessionId != null) {
            claims.claim("sid", sessionId.toString());
        }
        if (authentication != null) {
            claims.claim("auth_time", authentication.authTime().getEpochSecond())
                    .claim("acr", authentication.acr())
                    .claim("amr", authentication.amr());
        }
        if (dpopJkt != null) {
            claims.claim("cnf", java.util.Map.of("jkt", dpopJkt));
        }
        String value = signer.sign(claims.build(), config.accessTokenSigningAlgorithm(), TokenSigner.ACCESS_TOKEN_TYPE);
        return new IssuedToken(value, jti, now, expiresAt, scope, dpopJkt != null);
    }
}
