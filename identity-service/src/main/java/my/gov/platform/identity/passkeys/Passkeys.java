package my.gov.platform.identity.passkeys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.securityevents.SecurityEvent;
import my.gov.platform.identity.securityevents.SecurityEvents;
import my.gov.platform.identity.throttle.LoginThrottle;
import my.gov.platform.identity.throttle.ThrottlePolicy;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Registering WebAuthn authenticators and using them as the second factor at sign-in. */
@ApplicationScoped
public class Passkeys {
    static final Duration CEREMONY_TIME = Duration.ofMinutes(5);
    static final String RP_NAME = "MyGov ID";
    /** RFC 8176: proof of possession of a hardware-secured key. */
    public static final String AMR = "hwk";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final WebAuthnRelyingParty relyingParty;
    private final Outbox outbox;
    private final SecurityEvents securityEvents;

    Passkeys(IdentityConfig config, Outbox outbox, SecurityEvents securityEvents) {
        this.relyingParty = new WebAuthnRelyingParty(config.issuer());
        this.outbox = outbox;
        this.securityEvents = securityEvents;
    }

    @Transactional
    public PasskeyOptions startRegistration(UUID accountId) {
        return options(accountId, PasskeyChallenge.Purpose.REGISTRATION);
    }

    /** A refused answer still spends its challenge: each challenge gets one try. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public PasskeyCredentialView register(UUID accountId, UUID challengeId, RegisterPasskeyRequest answer) {
        PasskeyChallenge challenge = redeem(accountId, challengeId, PasskeyChallenge.Purpose.REGISTRATION)
                .orElseThrow(() -> ProblemException.notFound("registration ceremony", challengeId));
        WebAuthnRelyingParty.Registered registered;
        try {
            registered = relyingParty.verifyRegistration(challenge.challenge, decode("clientDataJSON", answer.clientDataJSON()),
                    decode("attestationObject", answer.attestationObject()));
        } catch (WebAuthnRejected e) {
            throw ProblemException.invalid("attestationObject", "did not verify for this challenge and origin");
        }
        String id = B64.encodeToString(registered.credentialId());
        if (PasskeyCredential.findById(id) != null) {
            throw ProblemException.conflict("This authenticator is already registered");
        }
        PasskeyCredential credential = new PasskeyCredential();
        credential.id = id;
        credential.accountId = accountId;
        credential.label = answer.label().strip();
        credential.attestedData = registered.attestedCredentialData();
        credential.signCount = registered.signCount();
        credential.createdAt = Instant.now();
        credential.persist();
        Account account = Account.findById(accountId);
        outbox.publish("my.gov.mfa.enrolled", accountId, account.agency, Map.of("accountId", accountId, "method", "WEBAUTHN"));
        securityEvents.record(accountId, SecurityEvent.Kind.SECOND_FACTOR_ADDED, "WebAuthn · " + credential.label);
        return PasskeyCredentialView.of(credential);
    }

    public List<PasskeyCredentialView> list(UUID accountId) {
        return PasskeyCredential.of(accountId).stream().map(PasskeyCredentialView::of).toList();
    }

    @Transactional
    public void remove(UUID accountId, String credentialId) {
        PasskeyCredential credential = PasskeyCredential.findById(credentialId);
        if (credential == null || !credential.accountId.equals(accountId)) {
            throw ProblemException.notFound("passkey", credentialId);
        }
        credential.delete();
        securityEvents.record(accountId, SecurityEvent.Kind.SECOND_FACTOR_REMOVED, "WebAuthn · " + credential.label);
    }

    public boolean hasPasskey(UUID accountId) {
        return PasskeyCredential.count("accountId", accountId) > 0;
    }

    /** Options for the sign-in page, when the person has an authenticator registered. */
    @Transactional
    public Optional<PasskeyOptions> startSignIn(UUID accountId) {
        return hasPasskey(accountId) ? Optional.of(options(accountId, PasskeyChallenge.Purpose.SIGN_IN)) : Optional.empty();
    }

    /** The answer to navigator.credentials.get(), base64url fields. */
    public record SignInAnswer(UUID challengeId, String credentialId, String clientDataJSON, String authenticatorData,
                               String signature) {
    }

    /**
     * Checks an assertion as the second factor; failures are throttled like other second factors.
     *
     * @return the authentication method reference when accepted
     */
    @Transactional
    public Optional<String> verifySignIn(UUID accountId, SignInAnswer answer) {
        String throttleKey = "mfa:" + accountId;
        Instant now = Instant.now();
        if (ThrottlePolicy.PER_ACCOUNT.blocked(LoginThrottle.findById(throttleKey), now)) {
            return Optional.empty();
        }
        Optional<PasskeyChallenge> challenge = answer.challengeId() == null ? Optional.empty()
                : redeem(accountId, answer.challengeId(), PasskeyChallenge.Purpose.SIGN_IN);
        PasskeyCredential credential = answer.credentialId() == null ? null
                : PasskeyCredential.findById(answer.credentialId(), LockModeType.PESSIMISTIC_WRITE);
        if (challenge.isPresent() && credential != null && credential.accountId.equals(accountId)) {
            try {
                credential.signCount = relyingParty.verifyAssertion(challenge.get().challenge, credential.attestedData,
                        credential.signCount, Base64.getUrlDecoder().decode(credential.id),
                        decode("clientDataJSON", answer.clientDataJSON()), decode("authenticatorData", answer.authenticatorData()),
                        decode("signature", answer.signature()));
                credential.lastUsedAt = now;
                return Optional.of(AMR);
            } catch (WebAuthnRejected | ProblemException e) {
                // Counted as a failed attempt below, without telling the caller which check failed.
            }
        }
        LoginThrottle.recordFailure(throttleKey, ThrottlePolicy.PER_ACCOUNT, now);
        return Optional.empty();
    }

    private PasskeyOptions options(UUID accountId, PasskeyChallenge.Purpose purpose) {
        Account account = Account.findById(accountId);
        PasskeyChallenge challenge = new PasskeyChallenge();
        challenge.id = Ids.newId();
        challenge.accountId = accountId;
        challenge.purpose = purpose;
        challenge.challenge = new byte[32];
        RANDOM.nextBytes(challenge.challenge);
        challenge.expiresAt = Instant.now().plus(CEREMONY_TIME);
        challenge.persist();
        List<String> credentialIds = PasskeyCredential.of(accountId).stream().map(c -> c.id).toList();
        return new PasskeyOptions(challenge.id.toString(), B64.encodeToString(challenge.challenge), relyingParty.rpId(), RP_NAME,
                B64.encodeToString(uuidBytes(accountId)), account.email, List.of(-7, -257), credentialIds, CEREMONY_TIME.toMillis());
    }

    /** A challenge is used once, by the person it was made for, for its purpose, before it expires. */
    private static Optional<PasskeyChallenge> redeem(UUID accountId, UUID challengeId, PasskeyChallenge.Purpose purpose) {
        PasskeyChallenge challenge = PasskeyChallenge.findById(challengeId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (challenge == null || !challenge.accountId.equals(accountId) || challenge.purpose != purpose
                || challenge.usedAt != null || !challenge.expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        challenge.usedAt = now;
        return Optional.of(challenge);
    }

    private static byte[] decode(String field, String base64Url) {
        if (base64Url == null) {
            throw ProblemException.invalid(field, "is required");
        }
        try {
            return Base64.getUrlDecoder().decode(base64Url);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be base64url");
        }
    }

    private static byte[] uuidBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
