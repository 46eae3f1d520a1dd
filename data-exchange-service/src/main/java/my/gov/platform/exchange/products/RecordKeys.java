package my.gov.platform.exchange.products;

import my.gov.platform.exchange.audit.Hex;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Consents and audit entries never store a record key such as a MyKad number: they hold its
 * SHA-256, which is enough to match a query to a citizen's consents and access log.
 */
public final class RecordKeys {
    /**
     * The record keys that name a citizen. A consent is granted for the citizen's own MyKad number and
     * matched to a query by its record key, so only products keyed by one of these can gate a field on
     * consent.
     */
    public static final List<String> CITIZEN_KEYS = List.of("mykadNumber", "identityDocumentNumber");

    private RecordKeys() {
    }

    public static String hash(String recordKey) {
        return Hex.sha256(recordKey.trim().getBytes(StandardCharsets.UTF_8));
    }
}
