package my.gov.platform.exchange.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.exchange.agreements.Agreement;
import my.gov.platform.exchange.agreements.AgreementService;
import my.gov.platform.exchange.agreements.VolumeAllowances;
import my.gov.platform.exchange.audit.AuditEntry;
import my.gov.platform.exchange.audit.AuditFacts;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.audit.Hex;
import my.gov.platform.exchange.audit.OpenedEntry;
import my.gov.platform.exchange.consent.ConsentService;
import my.gov.platform.exchange.products.RecordKeys;
import my.gov.platform.exchange.problems.ExchangeProblem;
import my.gov.platform.exchange.products.DataProduct;
import my.gov.platform.exchange.products.ProductCatalog;
import my.gov.platform.exchange.products.ProviderEndpoints;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One synchronous exchange: decide from in-memory products and agreements, take a unit of volume,
 * then call the provider while its audit entry is opened, durably, in a group commit; strip the answer
 * to the released fields and return it once both are done. The entry is completed with the answer's
 * hash, and the exchange announced, after the answer has left (see {@link AuditLog#completeExchange}). The
 * usual exchange runs on the event loop from start to end, with no thread to wake in between; what
 * needs the database first (a consent, a row not in memory, a new block of volume) or is refused
 * moves to a worker thread. Every refusal and failure is audited and announced too, and answers with
 * its own problem; a failure never returns partial data, and a refusal gives its unit of volume back.
 */
@ApplicationScoped
public class ExchangeService {
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    private final ProductCatalog catalog;
    private final AgreementService agreements;
    private final VolumeAllowances volumes;
    private final ConsentService consents;
    private final ProviderEndpoints endpoints;
    private final ProviderGateway gateway;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ObjectMapper json;

    ExchangeService(ProductCatalog catalog, AgreementService agreements, VolumeAllowances volumes, ConsentService consents,
                    ProviderEndpoints endpoints, ProviderGateway gateway, AuditLog audit,
                    Outbox outbox, ObjectMapper json) {
        this.catalog = catalog;
        this.agreements = agreements;
        this.volumes = volumes;
        this.consents = consents;
        this.endpoints = endpoints;
        this.gateway = gateway;
        this.audit = audit;
        this.outbox = outbox;
        this.json = json;
    }

    /** What was authorised: the product, the fields to release and the consent relied on. */
    private record Authorised(DataProduct product, Agreement agreement, List<String> fields, UUID consentId) {
    }

    /** Authorising from memory alone met something only the database can answer. */
    private static final class NeedsDatabase extends RuntimeException {
        NeedsDatabase() {
            super(null, null, false, false);
        }
    }

    public Uni<ExchangeResult> query(String consumer, ExchangeQueryRequest request) {
        String requestHash = Hex.sha256(canonical(consumer, request));
        String recordKeyHash = RecordKeys.hash(request.recordKey());
        return authorise(consumer, request, recordKeyHash, requestHash)
                .flatMap(authorised -> fetchAndRecord(consumer, request, recordKeyHash, requestHash, authorised)
                        .onFailure(ExchangeService::givesItsUnitBack).invoke(() -> {
                            if (authorised.agreement() != null) {
                                volumes.giveBack(authorised.agreement().id);
                            }
                        }));
    }

    /**
     * A refusal, audited as such: nothing will count the exchange in its agreement's used volume. An
     * audit entry that was not durable in time may still commit and be counted, so its unit is kept:
     * giving it back could let {@code volume_used} pass {@code volume_reserved}. The limit is then
     * under-used, never exceeded.
     */
    private static boolean givesItsUnitBack(Throwable failure) {
        return failure instanceof ProblemException problem && problem.kind() != ExchangeProblem.AUDIT_UNAVAILABLE;
    }

    private Uni<Authorised> authorise(String consumer, ExchangeQueryRequest request, String recordKeyHash, String requestHash) {
        try {
            return Uni.createFrom().item(authorise(consumer, request, recordKeyHash, true));
        } catch (NeedsDatabase | ProblemException notFromMemory) {
            // A refusal is decided again where it can be audited.
            return onWorker(() -> {
                try {
                    return authorise(consumer, request, recordKeyHash, false);
                } catch (ProblemException refusal) {
                    throw refused(consumer, request, recordKeyHash, requestHash, refusal);
                }
            });
        }
    }

    /** The provider's answer, or the problem it gave instead. */
    private record Fetched(ProviderAnswer answer, ProblemException problem) {
    }

    private Uni<ExchangeResult> fetchAndRecord(String consumer, ExchangeQueryRequest request, String recordKeyHash,
                                               String requestHash, Authorised authorised) {
        DataProduct product = authorised.product();
        UUID queryId = Ids.newId();
        OpenedEntry opened = audit.openExchange(queryId, new AuditFacts(AuditLog.COMPLETED_EXCHANGE, consumer, consumer,
                product.ownerAgency, product.code, agreementId(authorised), authorised.consentId(),
                request.purposeCode().name(), recordKeyHash, String.join(",", authorised.fields()),
                AuditLog.AWAITING_PROVIDER, requestHash, null));
        Uni<Fetched> fetched = gateway.fetch(product.code, product.ownerAgency, endpoints.forRecord(product.providerEndpoint, request.recordKey()))
                .map(answer -> new Fetched(answer, null))
                .onFailure(ProblemException.class).recoverWithItem(problem -> new Fetched(null, (ProblemException) problem))
                .invoke(opened::needed);
        // The provider is asked while the entry is opened; its answer is released only once the entry is durable.
        return Uni.combine().all().unis(fetched, opened.durable()).with((outcome, durable) -> outcome)
                .flatMap(outcome -> {
                    if (outcome.problem() != null) {
                        return onWorker(() -> {
                            throw refusedAfterOpening(queryId, consumer, request, outcome.problem());
                        });
                    }
                    ProviderAnswer answer = outcome.answer();
                    Map<String, Object> released = new LinkedHashMap<>();
                    for (String field : authorised.fields()) {
                        if (answer.data().containsKey(field)) {
                            released.put(field, answer.data().get(field));
                        }
                    }
                    audit.completeExchange(queryId, answer.bodyHash(), consumer, completedEvent(queryId, consumer, request, authorised));
                    return Uni.createFrom().item(new ExchangeResult(queryId, released, List.copyOf(released.keySet()),
                            new ExchangeResult.Provenance(product.ownerAgency, product.code, product.version,
                                    answer.asOf(), Instant.now())));
                });
    }

    private static <T> Uni<T> onWorker(Supplier<T> blocking) {
        return Uni.createFrom().item(blocking).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The audit receipt of one of the consumer's own queries; anyone else's is a 404. */
    public ExchangeReceipt receipt(String consumer, UUID queryId) {
        AuditEntry entry = AuditEntry.findById(queryId);
        if (entry == null || !entry.kind.startsWith("EXCHANGE_") || !consumer.equals(entry.consumerAgency)) {
            throw ProblemException.notFound("query", queryId);
        }
        return ExchangeReceipt.of(entry);
    }

    /**
     * @param memoryOnly never read the database: throw {@link NeedsDatabase} where it would be needed
     * @throws ProblemException the refusal
     */
    private Authorised authorise(String consumer, ExchangeQueryRequest request, String recordKeyHash, boolean memoryOnly) {
        DataProduct product = product(request.product(), memoryOnly);
        Optional<Agreement> agreement = Optional.ofNullable(request.agreementId()).map(id -> {
            Agreement found = agreement(id, memoryOnly).filter(a -> a.consumerAgency.equals(consumer))
                    .orElseThrow(() -> ProblemException.notFound("agreement", id));
            if (!found.productId.equals(product.id)) {
                throw ProblemException.invalid("agreementId", "covers another product");
            }
            return found;
        });
        ExchangeDecision.Release release = ExchangeDecision.decide(product, agreement, request.purposeCode(),
                request.fields() == null ? List.of() : request.fields(), LocalDate.now(MALAYSIA));
        UUID consentId = null;
        if (!release.consentFields().isEmpty()) {
            if (memoryOnly) {
                throw new NeedsDatabase();
            }
            consentId = QuarkusTransaction.requiringNew().call(() -> consents.requireInForce(recordKeyHash, consumer,
                    product.id, request.purposeCode(), release.consentFields()).id);
        }
        if (agreement.isPresent() && !takeVolume(agreement.get().id, memoryOnly)) {
            throw volumeExhausted(agreement.get());
        }
        return new Authorised(product, agreement.orElse(null), release.fields(), consentId);
    }

    /**
     * An agreement's volume never refills, so no retry under it succeeds before it ends: Retry-After says so, and a
     * client that honours it stops asking until then (a new agreement, with its own id, may come sooner).
     */
    private static ProblemException volumeExhausted(Agreement agreement) {
        Instant end = agreement.validUntil.plusDays(1).atStartOfDay(MALAYSIA).toInstant();
        long seconds = Math.max(1, Duration.between(Instant.now(), end).toSeconds());
        return new ProblemException(ExchangeProblem.VOLUME_EXHAUSTED, "Agreement " + agreement.id + " allowed "
                + agreement.volumeLimit + " requests and all were made")
                .with("retryAfterSeconds", seconds).header("Retry-After", Long.toString(seconds));
    }

    private DataProduct product(String idOrCode, boolean memoryOnly) {
        return memoryOnly ? catalog.forExchangeFromMemory(idOrCode).orElseThrow(NeedsDatabase::new) : catalog.forExchange(idOrCode);
    }

    private Optional<Agreement> agreement(UUID id, boolean memoryOnly) {
        return memoryOnly ? Optional.of(agreements.forExchangeFromMemory(id).orElseThrow(NeedsDatabase::new)) : agreements.forExchange(id);
    }

    private boolean takeVolume(UUID agreementId, boolean memoryOnly) {
        if (!memoryOnly) {
            return volumes.take(agreementId);
        }
        if (!volumes.takeHeld(agreementId)) {
            throw new NeedsDatabase();
        }
        return true;
    }

    private static Map<String, Object> completedEvent(UUID queryId, String consumer, ExchangeQueryRequest request,
                                                      Authorised a) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("queryId", queryId);
        data.put("productId", a.product().id);
        data.put("productCode", a.product().code);
        data.put("consumerAgency", consumer);
        data.put("providerAgency", a.product().ownerAgency);
        if (a.agreement() != null) {
            data.put("agreementId", a.agreement().id);
        }
        data.put("purposeCode", request.purposeCode());
        data.put("fields", a.fields());
        return data;
    }

    /**
     * Turns the exchange's opened entry into a refusal and announces it: the provider failed or holds no
     * such record. Returns the problem with the entry's id, or audit-unavailable if the entry was
     * already placed as unconfirmed (so it keeps its unit of volume).
     */
    private ProblemException refusedAfterOpening(UUID queryId, String consumer, ExchangeQueryRequest request,
                                                 ProblemException problem) {
        String reason = problem.kind().slug();
        boolean refused = QuarkusTransaction.requiringNew().call(() -> {
            if (!audit.refuseAwaiting(queryId, reason)) {
                return false;
            }
            outbox.publish("my.gov.exchange.refused", queryId, consumer, refusedEvent(queryId, consumer, request, reason));
            return true;
        });
        if (!refused) {
            return new ProblemException(ExchangeProblem.AUDIT_UNAVAILABLE, "The provider failed after the audit entry of "
                    + "this exchange was recorded as unconfirmed; no data was returned").with("queryId", queryId);
        }
        return problem.with("queryId", queryId);
    }

    /** Audits and announces a refusal decided before the provider was asked, and returns it with the audit entry's id. */
    private ProblemException refused(String consumer, ExchangeQueryRequest request, String recordKeyHash, String requestHash,
                                     ProblemException problem) {
        String reason = problem.kind().slug();
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry refusal = audit.append(new AuditFacts("EXCHANGE_REFUSED", consumer, consumer, null, request.product(),
                    request.agreementId(), null, request.purposeCode().name(), recordKeyHash, null, reason, requestHash, null));
            outbox.publish("my.gov.exchange.refused", refusal.id, consumer, refusedEvent(refusal.id, consumer, request, reason));
            return refusal;
        });
        return problem.with("queryId", entry.id);
    }

    private static Map<String, Object> refusedEvent(UUID queryId, String consumer, ExchangeQueryRequest request, String reason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("queryId", queryId);
        data.put("product", request.product());
        data.put("consumerAgency", consumer);
        if (request.agreementId() != null) {
            data.put("agreementId", request.agreementId());
        }
        data.put("purposeCode", request.purposeCode());
        data.put("reason", reason);
        return data;
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
