package my.gov.platform.identity.mfa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.passkeys.Passkeys;
import my.gov.platform.identity.securityevents.SecurityEvent;
import my.gov.platform.identity.securityevents.SecurityEvents;
import my.gov.platform.identity.throttle.LoginThrottle;
import my.gov.platform.identity.throttle.ThrottlePolicy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** TOTP enrolment with recovery codes, and second-factor checks at sign-in. */
@ApplicationScoped
public class MfaService {
    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Outbox outbox;
    private final Passkeys passkeys;
    private final SecurityEvents securityEvents;
    private final TotpSecrets totpSecrets;

    MfaService(Outbox outbox, Passkeys passkeys, SecurityEvents securityEvents, TotpSecrets totpSecrets) {
        this.outbox = outbox;
        this.passkeys = passkeys;
        this.securityEvents = securityEvents;
        this.totpSecrets = totpSecrets;
    }

    @Transactional
    public TotpEnrolment startTotp(UUID accountId, String issuerName) {
        Account account = Account.findById(accountId);
        TotpCredential credential = TotpCredential.findById(accountId);
        if (credential != null && credential.confirmedAt != null) {
            throw ProblemException.conflict("An authenticator app is already enrolled");
        }
        if (credential == null) {
            credential = new TotpCredential();
            credential.accountId = accountId;
        }
        String secret = Totp.newSecret();
        totpSecrets.store(credential, secret);
        credential.createdAt = Instant.now();
        credential.persist();
        String uri = Totp.otpauthUri(secret, issuerName, account.email);
        return new TotpEnrolment(secret, uri, QrCodes.svgDataUri(uri), null);
    }

    /**
     * Enrols an authenticator app whose secret is already known, confirmed, unless the person has one: for the demo
     * data only, whose citizen's codes the browser tests compute (people enrol through startTotp and confirmTotp).
     */
    @Transactional
    public void enrolKnownTotp(UUID accountId, String secret) {
        if (TotpCredential.findById(accountId) != null) {
            return;
        }
        TotpCredential credential = new TotpCredential();
        credential.accountId = accountId;
        totpSecrets.store(credential, secret);
        credential.createdAt = Instant.now();
        credential.confirmedAt = credential.createdAt;
        credential.persist();
    }

    /** Confirms with a first code from the app; returns the recovery codes, shown this once. */
    @Transactional
    public TotpEnrolment confirmTotp(UUID accountId, String code) {
        TotpCredential credential = TotpCredential.findById(accountId);
        if (credential == null || credential.confirmedAt != null) {
            throw ProblemException.conflict("No authenticator enrolment is waiting for confirmation");
        }
        OptionalLong step = totpSecrets.verify(credential, code, Instant.now());
        if (step.isEmpty()) {
            throw ProblemException.invalid("code", "does not match the authenticator app; check the phone's clock");
        }
        credential.lastUsedStep = step.getAsLong();
        credential.confirmedAt = Instant.now();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = String.format("%05d-%05d", RANDOM.nextInt(100_000), RANDOM.nextInt(100_000));
            RecoveryCode row = new RecoveryCode();
            row.id = Ids.newId();
            row.accountId = accountId;
            row.codeHash = OpaqueTokens.digest(accountId + ":" + recovery);
            row.persist();
            codes.add(recovery);
        }
        Account account = Account.findById(accountId);
        outbox.publish("my.gov.mfa.enrolled", accountId, account.agency, Map.of("accountId", accountId, "method", "TOTP"));
        securityEvents.record(accountId, SecurityEvent.Kind.SECOND_FACTOR_ADDED, "TOTP");
        return new TotpEnrolment(null, null, null, codes);
    }

    /** An authenticator app or a security key / passkey. */
    public boolean hasSecondFactor(UUID accountId) {
        TotpCredential credential = TotpCredential.findById(accountId);
        return (credential != null && credential.confirmedAt != null) || passkeys.hasPasskey(accountId);
    }

    /**
     * Checks a TOTP or recovery code; failures are throttled like passwords.
     *
     * @return the authentication method reference ({@code otp} or {@code rc}) when accepted
     * @throws SecondFactorThrottled while too many wrong codes make the person wait, whatever the code
     */
    @Transactional
    public Optional<String> verifySecondFactor(UUID accountId, String code) {
        String key = "mfa:" + accountId;
        Instant now = Instant.now();
        LoginThrottle throttle = LoginThrottle.findById(key);
        if (ThrottlePolicy.PER_ACCOUNT.blocked(throttle, now)) {
            throw new SecondFactorThrottled(Duration.between(now, throttle.blockedUntil));
        }
        TotpCredential credential = TotpCredential.findById(accountId);
        if (credential != null && credential.confirmedAt != null) {
            OptionalLong step = totpSecrets.verify(credential, code, now);
            if (step.isPresent()) {
                credential.lastUsedStep = step.getAsLong();
                return Optional.of("otp");
            }
        }
        if (code != null) {
            Optional<RecoveryCode> recovery = RecoveryCode.<RecoveryCode>find("accountId = ?1 and codeHash = ?2 and usedAt is null",
                    accountId, OpaqueTokens.digest(accountId + ":" + code.trim())).firstResultOptional();
            if (recovery.isPresent()) {
                recovery.get().usedAt = now;
                return Optional.of("rc");
            }
        }
        LoginThrottle.recordFailure(key, ThrottlePolicy.PER_ACCOUNT, now);
        return Optional.empty();
    }
}
