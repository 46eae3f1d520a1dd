package my.gov.platform.payment.trustmarks;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The MTSA rule of the gateway: money may be taken only for an application whose trustmark is
 * ACTIVE, inside its validity, and covers the host the payer is sent back to. A trustmark whose
 * certification is incomplete, or whose validity has not begun, is not valid yet.
 */
public final class TrustmarkCheck {
    private TrustmarkCheck() {
    }

    public static Optional<TrustmarkRefusal> refusal(Trustmark trustmark, String returnHost, LocalDate today) {
        return switch (trustmark.status) {
            case AWAITING_MILESTONES, PENDING -> Optional.of(TrustmarkRefusal.TRUSTMARK_NOT_YET_VALID);
            case SUSPENDED -> Optional.of(TrustmarkRefusal.TRUSTMARK_SUSPENDED);
            case REVOKED -> Optional.of(TrustmarkRefusal.TRUSTMARK_REVOKED);
            case EXPIRED -> Optional.of(TrustmarkRefusal.TRUSTMARK_EXPIRED);
            case ACTIVE -> {
                if (today.isAfter(trustmark.validUntil)) {
                    yield Optional.of(TrustmarkRefusal.TRUSTMARK_EXPIRED);
                }
                if (today.isBefore(trustmark.validFrom)) {
                    yield Optional.of(TrustmarkRefusal.TRUSTMARK_NOT_YET_VALID);
                }
                if (!trustmark.covers(returnHost)) {
                    yield Optional.of(TrustmarkRefusal.RETURN_HOST_NOT_COVERED);
                }
                yield Optional.empty();
            }
        };
    }

    /** The host a URL sends the payer or a request to; null when it is not a URL, which no trustmark covers. */
    public static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
