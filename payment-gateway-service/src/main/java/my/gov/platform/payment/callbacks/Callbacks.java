package my.gov.platform.payment.callbacks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.outbound.OutboundFailure;
import my.gov.platform.commons.outbound.OutboundHttp;
import my.gov.platform.commons.outbound.OutboundRequest;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.payment.config.PaymentConfig;
import my.gov.platform.payment.merchants.CallbackSecrets;
import my.gov.platform.payment.merchants.Merchant;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Callbacks to agencies: scheduled in the transaction of the state change (a persisted schedule,
 * so nothing is lost on restart), sent signed, retried with backoff, every attempt logged.
 */
@ApplicationScoped
public class Callbacks {
    private static final Logger LOG = Logger.getLogger(Callbacks.class);
    private static final int BATCH = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** The agency's answer is not used; a larger one is not read. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final CallbackSecrets callbackSecrets;
    private final RetrySchedule schedule;
    private final OutboundHttp http;

    Callbacks(EntityManager entityManager, ObjectMapper json, CallbackSecrets callbackSecrets, OutboundHttp http,
              PaymentConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.callbackSecrets = callbackSecrets;
        this.http = http;
        this.schedule = new RetrySchedule(config.callbacks().firstRetry(), config.callbacks().maxBackoff(),
                config.callbacks().giveUpAfter());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(String agency, UUID merchantId, UUID paymentId, String event, Object data) {
        CallbackDelivery delivery = new CallbackDelivery();
        delivery.id = Ids.newId();
        delivery.agency = agency;
        delivery.merchantId = merchantId;
        delivery.paymentId = paymentId;
        delivery.event = event;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", delivery.id);
        body.put("type", event);
        body.put("data", data);
        delivery.payload = toJson(body);
        delivery.createdAt = Instant.now();
        delivery.nextAttemptAt = delivery.createdAt;
        delivery.persist();
    }

    /** Sends everything due, batch by batch. */
    public int deliverDue() {
        int total = 0;
        int sent;
        do {
            sent = deliverBatch();
            total += sent;
        } while (sent == BATCH);
        return total;
    }

    /** Each delivery is claimed with SKIP LOCKED so replicas never send it twice at once. */
    private int deliverBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<CallbackDelivery> due = entityManager.createNativeQuery("""
                            SELECT * FROM callback_delivery WHERE delivered_at IS NULL AND given_up_at IS NULL
                            AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT ?1 FOR UPDATE SKIP LOCKED""",
                            CallbackDelivery.class)
                    .setParameter(1, BATCH).getResultList();
            due.forEach(this::attempt);
            return due.size();
        });
    }

    private void attempt(CallbackDelivery delivery) {
        Merchant merchant = Merchant.findById(delivery.merchantId);
        Instant started = Instant.now();
        CallbackAttempt attempt = new CallbackAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = started;
        try {
            OutboundRequest request = OutboundRequest.post(URI.create(merchant.callbackUrl), "application/json", delivery.payload)
                    .header(CallbackSignature.HEADER, CallbackSignature.header(callbackSecrets.of(merchant), started, delivery.payload))
                    .header("X-MyGov-Delivery", delivery.id.toString())
                    .within(TIMEOUT).limitedTo(MAX_ANSWER_BYTES);
            attempt.statusCode = http.send(request).await().indefinitely().status();
        } catch (OutboundFailure | IllegalArgumentException e) {
            // The same words for a refused, closed, filtered or silent target: the log is no port scanner.
            attempt.error = e instanceof OutboundFailure failure ? failure.getMessage() : OutboundFailure.UNREACHABLE;
        }
        attempt.durationMs = Duration.between(started, Instant.now()).toMillis();
        attempt.persist();
        delivery.attempts++;
        delivery.lastStatusCode = attempt.statusCode;
        delivery.lastError = attempt.error;
        if (attempt.statusCode != null && attempt.statusCode / 100 == 2) {
            delivery.deliveredAt = Instant.now();
            return;
        }
        schedule.next(delivery.createdAt, delivery.attempts, Instant.now()).ifPresentOrElse(
                next -> delivery.nextAttemptAt = next,
                () -> {
                    delivery.givenUpAt = Instant.now();
                    LOG.warnf("Gave up callback %s for payment %s after %d attempts", delivery.id, delivery.paymentId, delivery.attempts);
                });
    }

    public List<CallbackDelivery> list(String agency, UUID merchantId, PageRequest page) {
        UUID after = page.after();
        return CallbackDelivery.<CallbackDelivery>find(
                        "agency = ?1 and merchantId = ?2 and id > ?3 order by id", agency, merchantId,
                        after != null ? after : new UUID(0, 0))
                .page(0, page.limit + 1).list();
    }

    public List<CallbackAttempt> attempts(UUID deliveryId) {
        return CallbackAttempt.list("deliveryId = ?1 order by id", deliveryId);
    }

    /** Manual redelivery: due now, even if it was delivered or given up. */
    @Transactional
    public CallbackDelivery redeliver(String agency, UUID id) {
        CallbackDelivery delivery = get(agency, id);
        delivery.deliveredAt = null;
        delivery.givenUpAt = null;
        delivery.nextAttemptAt = Instant.now();
        return delivery;
    }

    public CallbackDelivery get(String agency, UUID id) {
        CallbackDelivery delivery = CallbackDelivery.findById(id);
        if (delivery == null || !delivery.agency.equals(agency)) {
            throw ProblemException.notFound("callback delivery", id);
        }
        return delivery;
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
