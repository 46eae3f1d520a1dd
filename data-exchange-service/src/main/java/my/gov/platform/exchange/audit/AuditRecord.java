package my.gov.platform.exchange.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit log entry as stored: facts about a decision or an exchange, hashes of the request and
 * response (never their bodies), and the leaf hash recorded when it was appended.
 */
public record AuditRecord(
        long leafIndex,
        UUID id,
        Instant recordedAt,
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
        String responseHash,
        String leafHash) {
}
