package my.gov.platform.payment.callbacks;

import my.gov.platform.payment.signing.HmacSigner;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code X-MyGov-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}. Receivers recompute
 * it with their merchant secret and reject timestamps outside the replay window (5 minutes).
 */
public final class CallbackSignature {
    public static final String HEADER = "X-MyGov-Signature";
    public static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private CallbackSignature() {
    }

    public static String header(String secret, Instant at, String body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + HmacSigner.sign(secret, t + "." + body);
    }

    /** What a receiving agency does; also used to prove our own signatures in tests. */
    public static boolean verify(String secret, String header, String body, Instant now) {
        Optional<String> t = part(header, "t");
        Optional<String> v1 = part(header, "v1");
        if (t.isEmpty() || v1.isEmpty()) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(t.get());
        } catch (NumberFormatException e) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), now).abs();
        return age.compareTo(REPLAY_WINDOW) <= 0 && HmacSigner.matches(secret, t.get() + "." + body, v1.get());
    }

    private static Optional<String> part(String header, String name) {
        if (header == null) {
            return Optional.empty();
        }
        for (String piece : header.split(",")) {
            String[] pair = piece.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals(name)) {
                return Optional.of(pair[1]);
            }
        }
        return Optional.empty();
    }
}
