package my.gov.platform.identity.signin;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired synchronously inside the transaction that ends a session (logout, or from the account page), so
 * the session's refresh tokens end in the same transaction.
 */
public record SessionEnded(UUID sessionId, UUID accountId, Instant endedAt) {
}
