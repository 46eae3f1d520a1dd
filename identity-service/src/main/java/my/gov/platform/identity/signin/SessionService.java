package my.gov.platform.identity.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountDeactivated;
import my.gov.platform.identity.crypto.OpaqueTokens;
import my.gov.platform.identity.securityevents.SecurityEvent;
import my.gov.platform.identity.securityevents.SecurityEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Single sign-on sessions: created at sign-in, found from the cookie, ended by logout or deactivation. */
@ApplicationScoped
public class SessionService {
    public static final String COOKIE = "mygov_session";

    private final SessionPolicy policy;
    private final Duration accessTokenLifetime;
    private final SecurityEvents securityEvents;
    private final Outbox outbox;
    private final Event<SessionEnded> endings;

    SessionService(IdentityConfig config, SecurityEvents securityEvents, Outbox outbox, Event<SessionEnded> endings) {
        this.policy = new SessionPolicy(config.sessionIdleTimeout(), config.sessionAbsoluteTimeout());
        this.accessTokenLifetime = config.accessTokenLifetime();
        this.securityEvents = securityEvents;
        this.outbox = outbox;
        this.endings = endings;
    }

    public record NewSession(UserSession session, String cookieValue) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public NewSession create(Account account, String acr, List<String> amr) {
        String token = OpaqueTokens.generate();
        Instant now = Instant.now();
        UserSession session = new UserSession();
        session.id = Ids.newId();
        session.tokenHash = OpaqueTokens.digest(token);
        session.accountId = account.id;
        session.authTime = now;
        session.acr = acr;
        session.amr = List.copyOf(amr);
        session.lastSeenAt = now;
        session.expiresAt = now.plus(policy.absoluteTimeout());
        session.persist();
        return new NewSession(session, token);
    }

    /** The live session the cookie names, touched so the idle timeout starts again. */
    @Transactional
    public Optional<UserSession> current(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<UserSession> session = UserSession.<UserSession>find("tokenHash", OpaqueTokens.digest(cookieValue))
                .firstResultOptional()
                .filter(s -> policy.alive(s, now));
        session.ifPresent(s -> s.lastSeenAt = now);
        return session;
    }

    /** Logout (RP-initiated, or "sign out" on the account page). */
    @Transactional
    public void end(UserSession session) {
        endIfLive(session.accountId, session.id);
    }

    /** Ends one of the person's own sessions (from the account page); another person's session id changes nothing. */
    @Transactional
    public void endOwn(UUID accountId, UUID sessionId) {
        if (endIfLive(accountId, sessionId)) {
            securityEvents.record(accountId, SecurityEvent.Kind.SESSION_ENDED, null);
        }
    }

    /**
     * Ends the session and its refresh tokens, and announces {@code my.gov.session.ended} so that every service
     * refuses the access tokens issued in it, which would otherwise live on until they expire.
     */
    private boolean endIfLive(UUID accountId, UUID sessionId) {
        Instant now = Instant.now();
        if (UserSession.update("endedAt = ?1 where id = ?2 and accountId = ?3 and endedAt is null", now, sessionId, accountId) != 1) {
            return false;
        }
        endings.fire(new SessionEnded(sessionId, accountId, now));
        outbox.publish("my.gov.session.ended", sessionId, null, Map.of("sessionId", sessionId.toString(),
                "accountId", accountId.toString(), "endedAt", now.toString(), "tokensExpireBy", now.plus(accessTokenLifetime).toString()));
        return true;
    }

    void endAll(@Observes AccountDeactivated deactivated) {
        UserSession.update("endedAt = ?1 where accountId = ?2 and endedAt is null", Instant.now(), deactivated.accountId());
    }

    public Duration absoluteTimeout() {
        return policy.absoluteTimeout();
    }
}
