package my.gov.platform.identity.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.identity.clients.OAuthClient;
import my.gov.platform.identity.securityevents.SecurityEvent;
import my.gov.platform.identity.securityevents.SecurityEvents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person's remembered consents: listing, and withdrawing one, which also ends that client's refresh tokens. */
@ApplicationScoped
public class Consents {
    private final Outbox outbox;
    private final SecurityEvents securityEvents;

    Consents(Outbox outbox, SecurityEvents securityEvents) {
        this.outbox = outbox;
        this.securityEvents = securityEvents;
    }

    public List<ConsentView> of(UUID accountId) {
        return Consent.<Consent>list("key.accountId", accountId).stream()
                .map(c -> new ConsentView(c.key.clientId(), clientName(c.key.clientId()), List.copyOf(c.scopes), c.grantedAt))
                .toList();
    }

    @Transactional
    public void revoke(UUID accountId, String clientId) {
        Consent consent = Consent.findById(new Consent.Key(accountId, clientId));
        if (consent == null) {
            throw ProblemException.notFound("consent for client", clientId);
        }
        consent.delete();
        RefreshToken.update("revokedAt = ?1 where accountId = ?2 and clientId = ?3 and revokedAt is null", Instant.now(), accountId, clientId);
        outbox.publish("my.gov.consent.revoked", accountId, null, Map.of("accountId", accountId, "clientId", clientId));
        securityEvents.record(accountId, SecurityEvent.Kind.CONSENT_WITHDRAWN, clientName(clientId));
    }

    private static String clientName(String clientId) {
        return OAuthClient.byClientId(clientId).map(o -> o.name).orElse(clientId);
    }
}
