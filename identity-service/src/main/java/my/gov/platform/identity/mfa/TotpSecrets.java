package my.gov.platform.identity.mfa;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.commons.security.SealedColumn;
import my.gov.platform.commons.security.SecretSeal;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.OptionalLong;

/** TOTP shared secrets as stored: sealed, each bound to its account. */
@ApplicationScoped
public class TotpSecrets {
    private static final Logger LOG = Logger.getLogger(TotpSecrets.class);

    private static final SealedColumn SECRET = new SealedColumn("totp_credential", "account_id", "secret", "totp_credential:");

    private final SecretSeal seal;

    TotpSecrets(SecretSeal seal) {
        this.seal = seal;
    }

    void store(TotpCredential credential, String secret) {
        credential.secret = seal.seal(secret, SECRET.context(credential.accountId));
    }

    /**
     * Checks a code against the credential's secret (see {@link Totp#verify}). A stored secret that does
     * not open for this account (altered, copied from another row, or sealed with another key) matches
     * no code, and an error is logged.
     */
    OptionalLong verify(TotpCredential credential, String code, Instant now) {
        String secret;
        try {
            secret = seal.open(credential.secret, SECRET.context(credential.accountId));
        } catch (IllegalStateException tampered) {
            LOG.errorf("The authenticator secret of account %s does not open; its codes are refused: %s",
                    credential.accountId, tampered.getMessage());
            return OptionalLong.empty();
        }
        return Totp.verify(secret, code, now, credential.lastUsedStep);
    }

    /** Seals under the current key the secrets stored in plaintext or under an earlier key. */
    void sealUnderCurrentKey(@Observes StartupEvent start) {
        int sealed = QuarkusTransaction.requiringNew().call(() -> SECRET.sealUnderCurrentKey(TotpCredential.getEntityManager(), seal));
        if (sealed > 0) {
            LOG.infof("Sealed %d authenticator secret(s) under the current key", sealed);
        }
    }
}
