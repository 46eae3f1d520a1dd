package my.gov.platform.exchange.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.agreements.Agreement;
import my.gov.platform.exchange.audit.AuditEntry;
import my.gov.platform.exchange.audit.AuditFacts;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.consent.Consent;
import my.gov.platform.exchange.consent.ConsentService;
import my.gov.platform.exchange.consent.RecordKeys;
import my.gov.platform.exchange.problems.ExchangeProblem;
import my.gov.platform.exchange.products.DataProduct;
import my.gov.platform.exchange.products.ProductCatalog;
import my.gov.platform.exchange.products.ProviderEndpoints;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One synchronous exchange: decide and count (one transaction), call the provider (no transaction
 * held open), strip to the released fields, then audit and announce. Every refusal and failure is
 * audited and announced too, and answers with its own problem; a failure never returns partial data.
 */
@ApplicationScoped
public class ExchangeService {
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    private final ProductCatalog catalog;
    private final ConsentService consents;
    private final ProviderEndpoints endpoints;
    private final ProviderGateway gateway;
    private final AuditLog audit;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    ExchangeService(ProductCatalog catalog, ConsentService consents, ProviderEndpoints endpoints, ProviderGateway gateway,
                    AuditLog audit, Outbox outbox, EntityManager entityManager, ObjectMapper json) {
        this.catalog = catalog;
        this.consents = consents;
        this.endpoints = endpoints;
        this.gateway = gateway;
        this.audit = audit;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.json = json;
    }

    /** What was authorised: the product, the fields to release and the consent relied on. */
    private record Authorised(DataProduct product, Agreement agreement, List<String> fields, UUID consentId) {
    }

    public ExchangeResult query(String consumer, ExchangeQueryRequest request) {
        String requestHash = ProviderGateway.sha256(canonical(consumer, request));
        String recordKeyHash = RecordKeys.hash(request.recordKey());
        Authorised authorised;
        try {
            authorised = QuarkusTransaction.requiringNew().call(() -> authorise(consumer, request, recordKeyHash));
        } catch (ProblemException refusal) {
            throw refused(consumer, request, recordKeyHash, requestHash, null, refusal);
        }
        DataProduct product = authorised.product();
        ProviderAnswer answer;
        try {
            answer = gateway.fetch(product.code, endpoints.forRecord(product.providerEndpoint, request.recordKey()));
        } catch (ProblemException failure) {
            throw refused(consumer, request, recordKeyHash, requestHash, authorised, failure);
        }
        Map<String, Object> released = new LinkedHashMap<>();
        for (String field : authorised.fields()) {
            if (answer.data().containsKey(field)) {
                released.put(field, answer.data().get(field));
            }
        }
        Instant retrievedAt = Instant.now();
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> completed(consumer, request, recordKeyHash,
                requestHash, authorised, answer.bodyHash()));
        return new ExchangeResult(entry.id, released, List.copyOf(released.keySet()), new ExchangeResult.Provenance(
                product.ownerAgency, product.code, product.version, answer.asOf(), retrievedAt));
    }

    /** The audit receipt of one of the consumer's own queries; anyone else's is a 404. */
    public ExchangeReceipt receipt(String consumer, UUID queryId) {
        AuditEntry entry = AuditEntry.findById(queryId);
        if (entry == null || !entry.kind.startsWith("EXCHANGE_") || !consumer.equals(entry.consumerAgency)) {
            throw ProblemException.notFound("query", queryId);
        }
        return ExchangeReceipt.of(entry);
    }

    private Authorised authorise(String consumer, ExchangeQueryRequest request, String recordKeyHash) {
        DataProduct product = catalog.get(request.product());
        Optional<Agreement> agreement = Optional.ofNullable(request.agreementId()).map(id -> {
            Agreement found = Agreement.findById(id);
            if (found == null || !found.consumerAgency.equals(consumer)) {
                throw ProblemException.notFound("agreement", id);
            }
            if (!found.productId.equals(product.id)) {
                throw ProblemException.invalid("agreementId", "covers another product");
            }
            return found;
        });
        ExchangeDecision.Release release = ExchangeDecision.decide(product, agreement, request.purposeCode(),
                request.fields() == null ? List.of() : request.fields(), LocalDate.now(MALAYSIA));
        UUID consentId = null;
        if (!release.consentFields().isEmpty()) {
            Consent consent = consents.requireInForce(recordKeyHash, consumer, product.id, request.purposeCode(),
                    release.consentFields());
            consentId = consent.id;
        }
        if (agreement.isPresent()) {
            // A usage counter is the one write here that may lose its last increments in a crash; not
            // waiting for its flush keeps the hot agreement row locked for microseconds, not a disk write.
            entityManager.createNativeQuery("SET LOCAL synchronous_commit = off").executeUpdate();
            int counted = entityManager.createNativeQuery(
                            "UPDATE agreement SET volume_used = volume_used + 1 WHERE id = ?1 AND volume_used < volume_limit")
                    .setParameter(1, agreement.get().id).executeUpdate();
            if (counted == 0) {
                throw new ProblemException(ExchangeProblem.VOLUME_EXHAUSTED, "Agreement " + agreement.get().id
                        + " allowed " + agreement.get().volumeLimit + " requests and all were made");
            }
        }
        return new Authorised(product, agreement.orElse(null), release.fields(), consentId);
    }

    private AuditEntry completed(String consumer, ExchangeQueryRequest request, String recordKeyHash, String requestHash,
                                 Authorised a, String responseHash) {
        AuditEntry entry = audit.append(new AuditFacts("EXCHANGE_COMPLETED", consumer, consumer, a.product().ownerAgency,
                a.product().code, agreementId(a), a.consentId(), request.purposeCode().name(), recordKeyHash,
                String.join(",", a.fields()), "COMPLETED", requestHash, responseHash));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("queryId", entry.id);
        data.put("productId", a.product().id);
        data.put("productCode", a.product().code);
        data.put("consumerAgency", consumer);
        data.put("providerAgency", a.product().ownerAgency);
        if (a.agreement() != null) {
            data.put("agreementId", a.agreement().id);
        }
        data.put("purposeCode", request.purposeCode());
        data.put("fields", a.fields());
        outbox.publish("my.gov.exchange.completed", entry.id, consumer, data);
        return entry;
    }

    /** Audits and announces a refusal or provider failure, and returns it with the audit entry's id. */
    private ProblemException refused(String consumer, ExchangeQueryRequest request, String recordKeyHash, String requestHash,
                                     Authorised authorised, ProblemException problem) {
        String reason = problem.kind().slug();
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry refusal = audit.append(new AuditFacts("EXCHANGE_REFUSED", consumer, consumer,
                    authorised == null ? null : authorised.product().ownerAgency,
                    authorised == null ? request.product() : authorised.product().code,
                    authorised == null ? request.agreementId() : agreementId(authorised), null,
                    request.purposeCode().name(), recordKeyHash, null, reason, requestHash, null));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("queryId", refusal.id);
            data.put("product", request.product());
            data.put("consumerAgency", consumer);
            if (request.agreementId() != null) {
                data.put("agreementId", request.agreementId());
            }
            data.put("purposeCode", request.purposeCode());
            data.put("reason", reason);
            outbox.publish("my.gov.exchange.refused", refusal.id, consumer, data);
            return refusal;
        });
        return problem.with("queryId", entry.id);
    }

    private static UUID agreementId(Authorised a) {
        return a.agreement() == null ? null : a.agreement().id;
    }

    private byte[] canonical(String consumer, ExchangeQueryRequest request) {
        try {
            return json.writeValueAsString(List.of(consumer, request)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The request was read from JSON and writes back", e);
        }
    }
}
