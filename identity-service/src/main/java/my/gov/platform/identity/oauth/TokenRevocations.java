package my.gov.platform.identity.oauth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Revoked access tokens by jti (RFC 7009), consulted by introspection and the admin API. */
@ApplicationScoped
public class TokenRevocations {
    @Transactional
    public void revoke(JWTClaimsSet claims) {
        String jti = claims.getJWTID();
        if (RevokedToken.findById(jti) == null) {
            RevokedToken revoked = new RevokedToken();
            revoked.jti = jti;
            revoked.clientId = String.valueOf(claims.getClaim("client_id"));
            revoked.expiresAt = claims.getExpirationTime().toInstant();
            revoked.revokedAt = Instant.now();
            revoked.persist();
        }
    }

    public boolean isRevoked(String jti) {
        return RevokedToken.findById(jti) != null;
    }

    @Scheduled(every = "10m", delayed = "10m")
    @Transactional
    void forgetExpired() {
        RevokedToken.delete("expiresAt < ?1", Instant.now());
    }
}
