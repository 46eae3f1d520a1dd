package my.gov.platform.exchange.audit;

import java.util.UUID;

/** What a caller asks the log to record; the log adds index, time and hash. */
public record AuditFacts(
        String kind,
        String actor,
        String consumerAgency,
        String providerAgency,
        String productCode,
        UUID agreementId,
        UUID consentId,
        String purposeCode,
        String recordKeyHash,
        String fields,
        String outcome,
        String requestHash,
        String responseHash) {

    public static AuditFacts decision(String kind, String actor, String consumer, String provider, String product,
                                      UUID agreementId, UUID consentId, String purpose, String fields) {
        return new AuditFacts(kind, actor, consumer, provider, product, agreementId, consentId, purpose, null, fields,
                "RECORDED", null, null);
    }
}
