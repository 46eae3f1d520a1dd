package my.gov.platform.exchange.subscriptions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.exchange.agreements.Agreement;
import my.gov.platform.exchange.agreements.AgreementStatus;
import my.gov.platform.exchange.audit.AuditFacts;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.consent.ConsentService;
import my.gov.platform.exchange.products.RecordKeys;
import my.gov.platform.exchange.exchange.ExchangeDecision;
import my.gov.platform.exchange.products.DataProduct;
import my.gov.platform.exchange.subscriptions.SubscriptionRequests.ChangeView;
import my.gov.platform.exchange.subscriptions.SubscriptionRequests.ReportChange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fans a reported registry change out to subscribers, filtered exactly as a query would be: only
 * subscribers whose approved, current agreement releases every changed field (and, for
 * consent-required fields, who hold the citizen's consent) get a delivery event. Events carry ids,
 * never the record key; an entitled subscriber reads it with {@link #read}.
 */
@ApplicationScoped
public class ChangeNotifier {
    private final Outbox outbox;
    private final AuditLog audit;
    private final ConsentService consents;
    private final EntityManager entityManager;

    ChangeNotifier(Outbox outbox, AuditLog audit, ConsentService consents, EntityManager entityManager) {
        this.outbox = outbox;
        this.audit = audit;
        this.consents = consents;
        this.entityManager = entityManager;
    }

    @Transactional
    public Subscription subscribe(String agency, UUID agreementId) {
        Agreement agreement = Agreement.findById(agreementId);
        if (agreement == null || !agreement.consumerAgency.equals(agency)) {
            throw ProblemException.notFound("agreement", agreementId);
        }
        if (agreement.status != AgreementStatus.APPROVED) {
            throw ProblemException.conflict("Only an approved agreement can carry a subscription; this one is " + agreement.status);
        }
        Subscription subscription = new Subscription();
        subscription.id = Ids.newId();
        subscription.subscriberAgency = agency;
        subscription.productId = agreement.productId;
        subscription.agreementId = agreement.id;
        subscription.createdAt = Instant.now();
        subscription.persist();
        return subscription;
    }

    public List<Subscription> subscriptionsOf(String agency) {
        return Subscription.<Subscription>find("subscriberAgency = ?1 order by id", agency).list();
    }

    /** @return the change and the number of subscribers it was delivered to */
    @Transactional
    public Map.Entry<RegistryChange, Integer> report(DataProduct product, ReportChange report) {
        for (String field : report.changedFields()) {
            if (product.field(field).isEmpty()) {
                throw ProblemException.invalid("changedFields", field + " is not a field of " + product.code);
            }
        }
        RegistryChange change = new RegistryChange();
        change.id = Ids.newId();
        change.productId = product.id;
        change.recordKey = report.recordKey();
        change.changeType = report.changeType();
        change.changedFields = report.changedFields().stream().distinct().toList();
        change.occurredAt = report.occurredAt();
        change.recordedAt = Instant.now();
        change.persist();
        int deliveries = 0;
        for (Subscription subscription : Subscription.<Subscription>list("productId", product.id)) {
            Agreement agreement = Agreement.findById(subscription.agreementId);
            if (covers(product, agreement, change)) {
                deliver(product, change, subscription, agreement);
                deliveries++;
            }
        }
        return Map.entry(change, deliveries);
    }

    public ChangeView read(UUID changeId, String agency) {
        long delivered = ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM change_delivery WHERE change_id = ?1 AND subscriber_agency = ?2")
                .setParameter(1, changeId).setParameter(2, agency).getSingleResult()).longValue();
        RegistryChange change = RegistryChange.findById(changeId);
        if (delivered == 0 || change == null) {
            throw ProblemException.notFound("registry change", changeId);
        }
        DataProduct product = DataProduct.findById(change.productId);
        return new ChangeView(change.id, product.code, change.changeType, change.recordKey, List.copyOf(change.changedFields),
                change.occurredAt);
    }

    private boolean covers(DataProduct product, Agreement agreement, RegistryChange change) {
        try {
            ExchangeDecision.Release release = ExchangeDecision.decide(product, Optional.of(agreement), agreement.purposeCode,
                    change.changedFields, LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur")));
            if (!release.consentFields().isEmpty()) {
                consents.requireInForce(RecordKeys.hash(change.recordKey), agreement.consumerAgency, product.id,
                        agreement.purposeCode, release.consentFields());
            }
            return true;
        } catch (ProblemException notCovered) {
            return false;
        }
    }

    private void deliver(DataProduct product, RegistryChange change, Subscription subscription, Agreement agreement) {
        entityManager.createNativeQuery("INSERT INTO change_delivery (change_id, subscription_id, subscriber_agency, delivered_at) "
                        + "VALUES (?1, ?2, ?3, now())")
                .setParameter(1, change.id).setParameter(2, subscription.id).setParameter(3, subscription.subscriberAgency)
                .executeUpdate();
        audit.append(new AuditFacts("CHANGE_DELIVERED", product.ownerAgency, subscription.subscriberAgency, product.ownerAgency,
                product.code, agreement.id, null, agreement.purposeCode.name(), RecordKeys.hash(change.recordKey),
                String.join(",", change.changedFields), "DELIVERED", null, null));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("changeId", change.id);
        data.put("subscriptionId", subscription.id);
        data.put("subscriberAgency", subscription.subscriberAgency);
        data.put("agreementId", agreement.id);
        data.put("productCode", product.code);
        data.put("changeType", change.changeType);
        data.put("changedFields", change.changedFields);
        data.put("occurredAt", change.occurredAt.toString());
        outbox.publish("my.gov.registry-change.delivered", change.id, subscription.subscriberAgency, data);
    }
}
