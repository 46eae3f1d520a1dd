package my.gov.platform.exchange.tracker;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.exchange.audit.AuditEntry;
import my.gov.platform.exchange.consent.Consent;
import my.gov.platform.exchange.consent.RecordKeys;
import my.gov.platform.exchange.members.Member;
import my.gov.platform.exchange.products.DataProduct;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a citizen may see about reads of their data: completed exchanges and delivered registry
 * changes (the subscriber learns the record key) whose record key matches a
 * key the citizen has proven (their own consents, or the MyKad claim of their token when present).
 */
@ApplicationScoped
public class DataTracker {

    public List<AccessRecord> accessLog(String citizenSubject, Optional<String> tokenMykad, UUID before, int limit) {
        Set<String> keys = new HashSet<>(Consent.<Consent>find("citizenSubject", citizenSubject).list().stream()
                .map(c -> c.recordKeyHash).toList());
        tokenMykad.map(RecordKeys::hash).ifPresent(keys::add);
        if (keys.isEmpty()) {
            return List.of();
        }
        UUID upper = before != null ? before : new UUID(-1L, -1L);
        List<AuditEntry> entries = AuditEntry.<AuditEntry>find("kind in ('EXCHANGE_COMPLETED', 'CHANGE_DELIVERED') and recordKeyHash in ?1 "
                + "and id < ?2 order by id desc", keys, upper).page(0, limit + 1).list();
        return entries.stream().map(DataTracker::describe).toList();
    }

    private static AccessRecord describe(AuditEntry entry) {
        Member consumer = Member.findById(entry.consumerAgency);
        DataProduct product = DataProduct.<DataProduct>find("code", entry.productCode).firstResult();
        return new AccessRecord(entry.id, entry.recordedAt, entry.consumerAgency, consumer == null ? entry.consumerAgency : consumer.name,
                entry.productCode, product == null ? entry.productCode : product.name,
                product == null ? entry.productCode : product.nameMs,
                entry.fields == null ? List.of() : Arrays.asList(entry.fields.split(",")), entry.purposeCode, entry.leafIndex);
    }
}
