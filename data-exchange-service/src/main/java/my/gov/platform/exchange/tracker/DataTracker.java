package my.gov.platform.exchange.tracker;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.security.Citizen;
import my.gov.platform.exchange.audit.AuditEntry;
import my.gov.platform.exchange.products.RecordKeys;
import my.gov.platform.exchange.members.Member;
import my.gov.platform.exchange.products.DataProduct;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What a citizen may see about reads of their data: completed exchanges and delivered registry
 * changes (the subscriber learns the record key) whose record key is the MyKad number of their verified token,
 * and no other: the record a consent names is no proof that it is the citizen's own.
 */
@ApplicationScoped
public class DataTracker {

    public List<AccessRecord> accessLog(Citizen citizen, UUID before, int limit) {
        UUID upper = before != null ? before : new UUID(-1L, -1L);
        List<AuditEntry> entries = AuditEntry.<AuditEntry>find("kind in ('EXCHANGE_COMPLETED', 'CHANGE_DELIVERED') and recordKeyHash = ?1 "
                + "and id < ?2 order by id desc", RecordKeys.hash(citizen.mykadNumber()), upper).page(0, limit + 1).list();
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
