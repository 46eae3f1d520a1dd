package my.gov.platform.identity.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountStatus;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.keys.SigningKeys;

import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies access tokens this provider issued, for introspection and for its own admin API:
 * only RS256/ES256 with one of its published keys (so {@code alg: none} and HMAC tokens keyed
 * with a public key are refused), {@code typ: at+jwt}, its issuer and audience, and the validity period.
 */
@ApplicationScoped
public class AccessTokenVerifier {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();

    private final SigningKeys keys;
    private final IdentityConfig config;
    private final TokenRevocations revocations;

    AccessTokenVerifier(SigningKeys keys, IdentityConfig config, TokenRevocations revocations) {
        this.keys = keys;
        this.config = config;
        this.revocations = revocations;
    }

    /** The claims of a valid token that has not been revoked and whose person, if any, is still active. */
    public Optional<JWTClaimsSet> verifyActive(String token) {
        return verify(token)
                .filter(claims -> !revocations.isRevoked(claims.getJWTID()))
                .filter(claims -> personStillActive(claims.getSubject()));
    }

    /** A person's token (its subject is an account id) is active only while the account is; client tokens name a client id. */
    private static boolean personStillActive(String subject) {
        UUID accountId;
        try {
            accountId = UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            return true;
        }
        Account account = Account.findById(accountId);
        return account == null || account.status == AccountStatus.ACTIVE;
    }

    public Optional<JWTClaimsSet> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
            if (!ALGORITHMS.contains(algorithm) || !TokenSigner.ACCESS_TOKEN_TYPE.equals(jwt.getHeader().getType())) {
                return Optional.empty();
            }
            String kid = jwt.getHeader().getKeyID();
            Optional<JWK> key = keys.ring().byKid(kid);
            if (key.isEmpty() && kid != null) {
                keys.reloadForUnknownKey();
                key = keys.ring().byKid(kid);
            }
            if (key.isEmpty() || !algorithm.equals(key.get().getAlgorithm())
                    || !jwt.verify(VERIFIERS.createJWSVerifier(jwt.getHeader(), ((AsymmetricJWK) key.get()).toPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = Instant.now();
            boolean valid = config.issuer().equals(claims.getIssuer())
                    && claims.getAudience() != null && claims.getAudience().contains(config.accessTokenAudience())
                    && claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(now)
                    && (claims.getNotBeforeTime() == null || !claims.getNotBeforeTime().toInstant().isAfter(now.plus(config.clockSkew())))
                    && claims.getJWTID() != null;
            return valid ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
