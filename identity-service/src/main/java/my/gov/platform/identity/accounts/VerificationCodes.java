package my.gov.platform.identity.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.config.IdentityConfig;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Issues and checks e-mail/phone verification codes. Delivery is a {@code my.gov.verification.requested}
 * event with a masked destination; the code itself is only stored as a digest (and printed to the
 * log when {@code mygov.identity.log-codes=true}, for the local run).
 */
@ApplicationScoped
public class VerificationCodes {
    private static final Logger LOG = Logger.getLogger(VerificationCodes.class);
    static final Duration VALIDITY = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;

    private final Outbox outbox;
    private final OneTimeCodeGenerator generator;
    private final boolean logCodes;

    VerificationCodes(Outbox outbox, OneTimeCodeGenerator generator, IdentityConfig config) {
        this.outbox = outbox;
        this.generator = generator;
        this.logCodes = config.logCodes();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issue(Account account, VerificationChannel channel) {
        String destination = channel == VerificationChannel.EMAIL ? account.email : account.phone;
        String code = generator.next(destination);
        VerificationCode row = new VerificationCode();
        row.id = Ids.newId();
        row.accountId = account.id;
        row.channel = channel;
        row.codeHash = OpaqueTokens.digest(account.id + ":" + code);
        row.expiresAt = Instant.now().plus(VALIDITY);
        row.persist();
        String masked = channel == VerificationChannel.EMAIL ? Masking.email(destination) : Masking.phone(destination);
        outbox.publish("my.gov.verification.requested", account.id, account.agency, Map.of(
                "accountId", account.id,
                "channel", channel.name(),
                "maskedDestination", masked,
                "expiresAt", row.expiresAt.toString()));
        if (logCodes) {
            LOG.infof("Verification code for %s (%s): %s  [mygov.identity.log-codes=true, local run only]", masked, channel, code);
        }
    }

    /** Consumes the newest open code of the channel when it matches; counts a failed attempt otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean consume(Account account, VerificationChannel channel, String code) {
        VerificationCode latest = VerificationCode.<VerificationCode>find(
                "accountId = ?1 and channel = ?2 and usedAt is null order by id desc", account.id, channel).firstResult();
        Instant now = Instant.now();
        if (latest == null || latest.expiresAt.isBefore(now) || latest.attempts >= MAX_ATTEMPTS) {
            return false;
        }
        if (!OpaqueTokens.matches(account.id + ":" + code, latest.codeHash)) {
            latest.attempts++;
            return false;
        }
        latest.usedAt = now;
        return true;
    }
}
