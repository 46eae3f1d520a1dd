package my.gov.platform.identity.signin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountStatus;
import my.gov.platform.identity.accounts.LoginIds;
import my.gov.platform.identity.accounts.PasswordWork;
import my.gov.platform.identity.accounts.PasswordWorkBusy;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.securityevents.SecurityEvent;
import my.gov.platform.identity.securityevents.SecurityEvents;
import my.gov.platform.identity.throttle.LoginThrottle;
import my.gov.platform.identity.throttle.ThrottlePolicy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Password sign-in with progressive delay and lockout per identifier and per source address. The
 * identifier is throttled whether or not an account exists, and an unknown identifier costs the
 * same hashing work, so neither answers nor timing tell who has an account. Every decision is
 * published as {@code my.gov.login.succeeded} or {@code my.gov.login.failed} (the audit trail).
 */
@ApplicationScoped
public class SignInService {
    /**
     * Verified against when the identifier is unknown, so the work done is the same: the hash of a
     * random password nobody kept, with the parameters new hashes get (a constant, so no Argon2id
     * runs outside {@link PasswordWork}).
     */
    private static final String UNKNOWN_ACCOUNT_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$FKGcX66vkWMDh/uF8w1Log$5htv3IGTlYsJnPLkB4CoLbN1XthDapGfEjP7EAuC/Bg";

    private final Outbox outbox;
    private final SecurityEvents securityEvents;
    private final PasswordWork passwords;

    SignInService(Outbox outbox, SecurityEvents securityEvents, PasswordWork passwords) {
        this.outbox = outbox;
        this.securityEvents = securityEvents;
        this.passwords = passwords;
    }

    /** The decision, or BUSY (nothing recorded) when no Argon2id permit came free in time. */
    public SignInOutcome signIn(String typedLoginId, String password, String sourceAddress, OAuthClient client) {
        try {
            return decide(typedLoginId, password, sourceAddress, client);
        } catch (PasswordWorkBusy busy) {
            return SignInOutcome.of(SignInOutcome.Result.BUSY);
        }
    }

    private SignInOutcome decide(String typedLoginId, String password, String sourceAddress, OAuthClient client) {
        String loginId = LoginIds.normalise(typedLoginId);
        String identifierKey = "login:" + loginId;
        String addressKey = "address:" + sourceAddress;
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Account> account = Account.byLoginId(loginId);
            if (ThrottlePolicy.PER_ACCOUNT.blocked(LoginThrottle.findById(identifierKey), now)
                    || ThrottlePolicy.PER_ADDRESS.blocked(LoginThrottle.findById(addressKey), now)) {
                failed(account, client, "THROTTLED");
                return SignInOutcome.of(SignInOutcome.Result.THROTTLED);
            }
            boolean passwordMatches = passwords.matches(password == null ? "" : password,
                    account.map(a -> a.passwordHash).orElse(UNKNOWN_ACCOUNT_HASH));
            if (!passwordMatches || account.get().status == AccountStatus.DEACTIVATED) {
                LoginThrottle.recordFailure(identifierKey, ThrottlePolicy.PER_ACCOUNT, now);
                LoginThrottle.recordFailure(addressKey, ThrottlePolicy.PER_ADDRESS, now);
                failed(account, client, passwordMatches ? "DEACTIVATED" : "BAD_CREDENTIALS");
                return SignInOutcome.of(SignInOutcome.Result.BAD_CREDENTIALS);
            }
            if (account.get().status != AccountStatus.ACTIVE) {
                failed(account, client, "NOT_VERIFIED");
                return SignInOutcome.of(SignInOutcome.Result.NOT_VERIFIED);
            }
            LoginThrottle.deleteById(identifierKey);
            return new SignInOutcome(SignInOutcome.Result.SUCCESS, account.get());
        });
    }

    /** Announces a completed sign-in once the session exists (inside its transaction). */
    public void succeeded(Account account, OAuthClient client, UserSession session) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accountId", account.id);
        data.put("clientId", client.clientId);
        if (client.serviceId != null) {
            data.put("serviceId", client.serviceId);
        }
        data.put("sessionId", session.id);
        data.put("acr", session.acr);
        data.put("amr", session.amr);
        outbox.publish("my.gov.login.succeeded", account.id, account.agency, data);
        securityEvents.record(account.id, SecurityEvent.Kind.SIGNED_IN, client.name);
    }

    /** Audits a refused TOTP or recovery code after a correct password. */
    public void secondFactorFailed(Account account, OAuthClient client) {
        QuarkusTransaction.requiringNew().run(() -> failed(Optional.of(account), client, "SECOND_FACTOR_FAILED"));
    }

    private void failed(Optional<Account> account, OAuthClient client, String reason) {
        UUID attempt = Ids.newId();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("attemptId", attempt);
        account.ifPresent(a -> data.put("accountId", a.id));
        data.put("clientId", client.clientId);
        data.put("reason", reason);
        outbox.publish("my.gov.login.failed", account.map(a -> (Object) a.id).orElse(attempt), null, data);
        account.ifPresent(a -> securityEvents.record(a.id, SecurityEvent.Kind.SIGN_IN_REFUSED, reason + " · " + client.name));
    }
}
