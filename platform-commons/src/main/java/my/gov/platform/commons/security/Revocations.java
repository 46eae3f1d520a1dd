package my.gov.platform.commons.security;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens identity-service has revoked and the sign-in sessions it has ended, each kept only
 * until the last token it concerns has expired, so the set stays as small as the revocations of one
 * access-token lifetime. Revocations are never undone, so learning one twice, or out of order, changes nothing.
 */
final class Revocations {
    private record EndedSession(Instant endedAt, Instant tokensExpireBy) {
    }

    private final ConcurrentHashMap<String, Instant> revokedJtis = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, EndedSession> endedSessions = new ConcurrentHashMap<>();

    void tokenRevoked(String jti, Instant expiresAt) {
        revokedJtis.put(jti, expiresAt);
    }

    /** @param tokensExpireBy when every access token issued in the session has expired */
    void sessionEnded(String sessionId, Instant endedAt, Instant tokensExpireBy) {
        endedSessions.put(sessionId, new EndedSession(endedAt, tokensExpireBy));
    }

    /**
     * Whether a token is refused: its own id was revoked, or it was issued (at the second, as {@code iat} says)
     * no later than the end of the session it names; a token issued in a later session is not concerned.
     */
    boolean refuses(String jti, String sessionId, Instant issuedAt) {
        if (jti != null && revokedJtis.containsKey(jti)) {
            return true;
        }
        EndedSession ended = sessionId == null ? null : endedSessions.get(sessionId);
        return ended != null && !issuedAt.isAfter(ended.endedAt());
    }

    void forgetExpired(Instant now) {
        revokedJtis.values().removeIf(expiry -> !expiry.isAfter(now));
        endedSessions.values().removeIf(ended -> !ended.tokensExpireBy().isAfter(now));
    }
}
