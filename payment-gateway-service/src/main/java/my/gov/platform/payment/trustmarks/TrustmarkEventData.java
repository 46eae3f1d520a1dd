package my.gov.platform.payment.trustmarks;

import java.util.List;
import java.util.UUID;

/** The snapshot every trustmark event carries; {@code reason} only on suspension and revocation. */
record TrustmarkEventData(UUID trustmarkId, String certificateNumber, String agency, List<String> hosts,
                          String validFrom, String validUntil, TrustmarkStatus status, String reason,
                          Integer daysBeforeExpiry) {

    static TrustmarkEventData of(Trustmark t) {
        return new TrustmarkEventData(t.id, t.certificateNumber, t.agency, List.copyOf(t.hosts),
                t.validFrom.toString(), t.validUntil.toString(), t.status, null, null);
    }

    TrustmarkEventData withReason(String reason) {
        return new TrustmarkEventData(trustmarkId, certificateNumber, agency, hosts, validFrom, validUntil, status, reason, null);
    }

    TrustmarkEventData withDaysBeforeExpiry(int days) {
        return new TrustmarkEventData(trustmarkId, certificateNumber, agency, hosts, validFrom, validUntil, status, null, days);
    }
}
