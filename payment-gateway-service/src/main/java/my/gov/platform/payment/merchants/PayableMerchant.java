package my.gov.platform.payment.merchants;

import my.gov.platform.payment.trustmarks.Trustmark;
import my.gov.platform.payment.trustmarks.TrustmarkStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What taking a payment needs to know of a merchant and of its trustmark as they stand right now,
 * read in one query; nothing here is managed by Hibernate, so reading it costs no dirty checking.
 */
public record PayableMerchant(UUID id, String name, List<String> returnUrls, Trustmark trustmark) {

    static PayableMerchant of(UUID id, String name, List<String> returnUrls, String certificateNumber,
                              TrustmarkStatus status, LocalDate validFrom, LocalDate validUntil, List<String> hosts) {
        Trustmark trustmark = new Trustmark();
        trustmark.certificateNumber = certificateNumber;
        trustmark.status = status;
        trustmark.validFrom = validFrom;
        trustmark.validUntil = validUntil;
        trustmark.hosts = hosts;
        return new PayableMerchant(id, name, returnUrls, trustmark);
    }
}
