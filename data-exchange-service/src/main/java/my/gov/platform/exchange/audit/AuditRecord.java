package my.gov.platform.exchange.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** The record in the current row of a {@code SELECT * FROM audit_entry}, at {@code leafIndex}. */
    public static AuditRecord of(ResultSet row, long leafIndex) throws SQLException {
        return new AuditRecord(leafIndex, uuid(row, "id"), row.getTimestamp("recorded_at").toInstant(), row.getString("kind"),
                row.getString("actor"), row.getString("consumer_agency"), row.getString("provider_agency"),
                row.getString("product_code"), uuid(row, "agreement_id"), uuid(row, "consent_id"), row.getString("purpose_code"),
                row.getString("record_key_hash"), row.getString("fields"), row.getString("outcome"),
                row.getString("request_hash"), row.getString("response_hash"), row.getString("leaf_hash"));
    }

    private static UUID uuid(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : UUID.fromString(value);
    }
}
