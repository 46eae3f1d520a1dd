package my.gov.platform.exchange.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Arrays;

/**
 * The canonical bytes of an entry that its leaf hash covers: a JSON array of every fact in a fixed
 * order, so the same row always hashes the same, here and in the command-line verifier.
 */
public final class LeafCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LeafCodec() {
    }

    public static byte[] encode(AuditRecord r) {
        Object[] facts = {r.leafIndex(), string(r.id()), r.recordedAt().toString(), r.kind(), r.actor(),
                r.consumerAgency(), r.providerAgency(), r.productCode(), string(r.agreementId()), string(r.consentId()),
                r.purposeCode(), r.recordKeyHash(), r.fields(), r.outcome(), r.requestHash(), r.responseHash()};
        try {
            return JSON.writeValueAsBytes(Arrays.asList(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit facts are plain strings and numbers", e);
        }
    }

    public static String leafHashOf(AuditRecord r) {
        return Hex.of(MerkleTree.leafHash(encode(r)));
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
