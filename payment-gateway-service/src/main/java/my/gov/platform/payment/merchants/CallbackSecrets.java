package my.gov.platform.payment.merchants;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.commons.security.SealedColumn;
import my.gov.platform.commons.security.SecretSeal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Merchants' callback signing keys as stored: sealed under the key of
 * {@code mygov.payment.secrets-key-file} (those of {@code mygov.payment.earlier-secrets-key-files}
 * still open what they sealed), each bound to its merchant, so that neither a copy of the
 * database nor a key moved to another merchant's row can sign a payment result.
 */
@ApplicationScoped
public class CallbackSecrets {
    private static final Logger LOG = Logger.getLogger(CallbackSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SealedColumn SECRET = new SealedColumn("merchant", "id", "callback_secret", "merchant:");

    private final SecretSeal seal;

    CallbackSecrets(@ConfigProperty(name = "mygov.payment.secrets-key-file") Path keyFile,
                    @ConfigProperty(name = "mygov.payment.earlier-secrets-key-files") Optional<List<Path>> earlierKeyFiles,
                    @ConfigProperty(name = "mygov.payment.create-secrets-key") boolean createKeyFile) {
        this.seal = SecretSeal.fromKeyFiles(keyFile, earlierKeyFiles.orElse(List.of()), createKeyFile, "mygov.payment.create-secrets-key");
    }

    /** A new secret for the merchant, stored sealed; the agency sees it once, in the response. */
    String issue(Merchant merchant) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String issued = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        merchant.callbackSecret = seal.seal(issued, SECRET.context(merchant.id));
        return issued;
    }

    /** The key callbacks and return results to the merchant are signed with. */
    public String of(Merchant merchant) {
        return seal.open(merchant.callbackSecret, SECRET.context(merchant.id));
    }

    /** Seals under the current key the secrets stored in plaintext or under an earlier key. */
    void sealUnderCurrentKey(@Observes StartupEvent start) {
        int sealed = QuarkusTransaction.requiringNew().call(() -> SECRET.sealUnderCurrentKey(Merchant.getEntityManager(), seal));
        if (sealed > 0) {
            LOG.infof("Sealed %d merchant callback secret(s) under the current key", sealed);
        }
    }
}
