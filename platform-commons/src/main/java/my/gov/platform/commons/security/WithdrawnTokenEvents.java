package my.gov.platform.commons.security;

import io.cloudevents.CloudEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.CloudEventCodec;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one consumer of {@code identity.events} in every service: each event is read and decoded once and
 * handed to what it withdraws (a deactivated person, a revoked token, an ended session); other identity
 * events are passed over.
 */
@ApplicationScoped
class WithdrawnTokenEvents {
    private final DeactivatedPeople deactivatedPeople;
    private final RevokedTokens revokedTokens;

    WithdrawnTokenEvents(DeactivatedPeople deactivatedPeople, RevokedTokens revokedTokens) {
        this.deactivatedPeople = deactivatedPeople;
        this.revokedTokens = revokedTokens;
    }

    @Incoming("withdrawn-tokens")
    @Blocking
    @Transactional
    void onIdentityEvent(String message) throws IOException {
        CloudEvent event = CloudEventCodec.decode(message.getBytes(StandardCharsets.UTF_8));
        if (event.getData() == null) {
            return;
        }
        switch (event.getType()) {
            case DeactivatedPeople.EVENT_TYPE -> deactivatedPeople.onDeactivated(event);
            case RevokedTokens.TOKEN_REVOKED -> revokedTokens.onTokenRevoked(event);
            case RevokedTokens.SESSION_ENDED -> revokedTokens.onSessionEnded(event);
            default -> { }
        }
    }
}
