package my.gov.platform.exchange.agreements;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.changes.DataVersions;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.exchange.audit.AuditFacts;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.caching.AfterCompletion;
import my.gov.platform.exchange.caching.ReadThroughCache;
import my.gov.platform.exchange.classification.Classification;
import my.gov.platform.exchange.classification.ClassificationPolicy;
import my.gov.platform.exchange.config.ExchangeConfig;
import my.gov.platform.exchange.members.Member;
import my.gov.platform.exchange.problems.ExchangeProblem;
import my.gov.platform.exchange.products.DataProduct;
import my.gov.platform.exchange.products.ProductField;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Requests, decisions and revocations of agreements; each is audited and announced in one transaction. */
@ApplicationScoped
public class AgreementService {
    static final String DATA_SET = "agreements";
    private final Outbox outbox;
    private final AuditLog audit;
    private final TransactionSynchronizationRegistry transactions;
    private final ReadThroughCache<UUID, Agreement> exchangeView;

    AgreementService(Outbox outbox, AuditLog audit, TransactionSynchronizationRegistry transactions,
                     ExchangeConfig config) {
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.exchangeView = new ReadThroughCache<>(config.exchange().cacheTtl());
    }

    /**
     * The agreement, from memory, for the exchange path to read (a detached row, never to change).
     * This instance's own approvals, rejections and revocations apply to the very next request;
     * another replica's within about a second (the {@code agreements} data set, migration V220), and within
     * the cache TTL should that poll fail.
     */
    public Optional<Agreement> forExchange(UUID id) {
        // An unknown id is not remembered: the cache holds only rows that exist.
        return Optional.ofNullable(exchangeView.get(id, key -> QuarkusTransaction.requiringNew().call(
                () -> Agreement.<Agreement>findById(key))));
    }

    void watchElsewhere(@Observes StartupEvent start, DataVersions versions) {
        versions.onChange(DATA_SET, exchangeView::invalidateAll);
    }

    /** Like {@link #forExchange}, without reading the database: empty when the agreement is not in memory. */
    public Optional<Agreement> forExchangeFromMemory(UUID id) {
        return Optional.ofNullable(exchangeView.getIfCached(id));
    }

    @Transactional
    public Agreement request(String consumerAgency, RequestAgreementRequest request) {
        Member member = Member.findById(consumerAgency);
        if (member == null || !member.consumer) {
            throw ProblemException.forbidden("Agency " + consumerAgency + " is not a consumer member of the exchange");
        }
        if (request.validUntil().isBefore(request.validFrom())) {
            throw ProblemException.invalid("validUntil", "must not be before validFrom");
        }
        DataProduct product = DataProduct.findById(request.productId());
        if (product == null) {
            throw ProblemException.notFound("data product", request.productId());
        }
        ClassificationPolicy.refuseProduct(product.classification).ifPresent(reason -> {
            throw new ProblemException(ExchangeProblem.CLASSIFIED_DATA, reason).with("productCode", product.code);
        });
        List<Classification> levels = new ArrayList<>();
        for (String name : request.fields().stream().distinct().toList()) {
            ProductField field = product.field(name).orElseThrow(
                    () -> ProblemException.invalid("fields", name + " is not a field of " + product.code));
            if (field.classification().neverShared()) {
                throw new ProblemException(ExchangeProblem.CLASSIFIED_DATA, "Field " + name + " is classified "
                        + field.classification().malayName() + " and is never shared").with("field", name);
            }
            levels.add(field.classification());
        }
        Agreement agreement = new Agreement();
        agreement.id = Ids.newId();
        agreement.productId = product.id;
        agreement.consumerAgency = consumerAgency;
        agreement.providerAgency = product.ownerAgency;
        agreement.fields = request.fields().stream().distinct().toList();
        agreement.maxClassification = Classification.highest(levels);
        agreement.purposeCode = request.purposeCode();
        agreement.purposeText = request.purposeText();
        agreement.legalBasis = request.legalBasis();
        agreement.validFrom = request.validFrom();
        agreement.validUntil = request.validUntil();
        agreement.volumeLimit = request.volumeLimit();
        agreement.status = AgreementStatus.REQUESTED;
        agreement.createdAt = Instant.now();
        agreement.persist();
        announce("my.gov.agreement.requested", agreement, product, consumerAgency);
        return agreement;
    }

    @Transactional
    public Agreement approve(UUID id, String ownerAgency) {
        Agreement agreement = ownedBy(id, ownerAgency);
        move(agreement, AgreementStatus.REQUESTED, AgreementStatus.APPROVED, null);
        announce("my.gov.agreement.approved", agreement, DataProduct.findById(agreement.productId), ownerAgency);
        return agreement;
    }

    @Transactional
    public Agreement reject(UUID id, String ownerAgency, String reason) {
        Agreement agreement = ownedBy(id, ownerAgency);
        move(agreement, AgreementStatus.REQUESTED, AgreementStatus.REJECTED, reason);
        announce("my.gov.agreement.rejected", agreement, DataProduct.findById(agreement.productId), ownerAgency);
        return agreement;
    }

    @Transactional
    public Agreement revoke(UUID id, String ownerAgency, String reason) {
        Agreement agreement = ownedBy(id, ownerAgency);
        move(agreement, AgreementStatus.APPROVED, AgreementStatus.REVOKED, reason);
        announce("my.gov.agreement.revoked", agreement, DataProduct.findById(agreement.productId), ownerAgency);
        return agreement;
    }

    /** An agreement the agency is a party to; anyone else gets 404. */
    public Agreement visibleTo(UUID id, String agency) {
        Agreement agreement = Agreement.findById(id);
        if (agreement == null || !(agency.equals(agreement.consumerAgency) || agency.equals(agreement.providerAgency))) {
            throw ProblemException.notFound("agreement", id);
        }
        return agreement;
    }

    public List<Agreement> list(String agency, AgreementStatus status, UUID after, int limit) {
        String query = "(consumerAgency = ?1 or providerAgency = ?1) and id > ?2" + (status != null ? " and status = ?3" : "");
        UUID from = after != null ? after : new UUID(0, 0);
        var find = status != null
                ? Agreement.<Agreement>find(query + " order by id", agency, from, status)
                : Agreement.<Agreement>find(query + " order by id", agency, from);
        return find.page(0, limit + 1).list();
    }

    private Agreement ownedBy(UUID id, String agency) {
        Agreement agreement = visibleTo(id, agency);
        if (!agency.equals(agreement.providerAgency)) {
            throw ProblemException.forbidden("Only the data owner " + agreement.providerAgency + " decides on this agreement");
        }
        return agreement;
    }

    private void move(Agreement agreement, AgreementStatus from, AgreementStatus to, String reason) {
        AfterCompletion.run(transactions, exchangeView::invalidateAll);
        if (agreement.status != from) {
            throw ProblemException.conflict("The agreement is " + agreement.status + "; only a " + from + " agreement can become " + to);
        }
        agreement.status = to;
        agreement.decisionReason = reason;
        agreement.decidedAt = Instant.now();
    }

    private void announce(String type, Agreement a, DataProduct product, String actor) {
        audit.append(AuditFacts.decision(type.substring("my.gov.".length()).replace('.', '_').toUpperCase(), actor,
                a.consumerAgency, a.providerAgency, product.code, a.id, null, a.purposeCode.name(), String.join(",", a.fields)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agreementId", a.id);
        data.put("productId", a.productId);
        data.put("productCode", product.code);
        data.put("consumerAgency", a.consumerAgency);
        data.put("providerAgency", a.providerAgency);
        data.put("fields", a.fields);
        data.put("maxClassification", a.maxClassification);
        data.put("purposeCode", a.purposeCode);
        data.put("validFrom", a.validFrom.toString());
        data.put("validUntil", a.validUntil.toString());
        data.put("volumeLimit", a.volumeLimit);
        data.put("status", a.status);
        if (a.decisionReason != null) {
            data.put("reason", a.decisionReason);
        }
        outbox.publish(type, a.id, a.consumerAgency, data);
    }
}
