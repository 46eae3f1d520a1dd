package my.gov.platform.payment.payments;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.payment.calendar.MalaysiaTime;
import my.gov.platform.payment.callbacks.Callbacks;
import my.gov.platform.payment.config.PaymentConfig;
import my.gov.platform.payment.ledger.JournalEntry;
import my.gov.platform.payment.ledger.Ledger;
import my.gov.platform.payment.ledger.ReceiptNumbers;
import my.gov.platform.payment.merchants.Merchants;
import my.gov.platform.payment.merchants.PayableMerchant;
import my.gov.platform.payment.problems.GatewayProblem;

import java.net.URI;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The life of a payment: creation, authorisation, the acquirer's outcome, expiry and cancellation. */
@ApplicationScoped
public class Payments {
    private static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(30);
    private static final Duration MAX_EXPIRY = Duration.ofDays(7);
    static final int EXPIRY_BATCH = 200;
    private static final String INSERT_CREATED = """
            INSERT INTO payment (id, agency, merchant_id, amount_sen, currency, bill_reference, description,
                                 payer_subject, payer_name, payer_email, allowed_methods, return_url, service_id,
                                 expires_at, status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** What applying an acquirer outcome did. */
    public enum OutcomeResult { APPLIED, DUPLICATE, IGNORED }

    private final Merchants merchants;
    private final TrustmarkGuard trustmarks;
    private final Outbox outbox;
    private final Ledger ledger;
    private final ReceiptNumbers receipts;
    private final Callbacks callbacks;
    private final Acquirer acquirer;
    private final long feeSen;

    Payments(Merchants merchants, TrustmarkGuard trustmarks, Outbox outbox, Ledger ledger, ReceiptNumbers receipts,
             Callbacks callbacks, Acquirer acquirer, PaymentConfig config) {
        this.merchants = merchants;
        this.trustmarks = trustmarks;
        this.outbox = outbox;
        this.ledger = ledger;
        this.receipts = receipts;
        this.callbacks = callbacks;
        this.acquirer = acquirer;
        this.feeSen = config.ledger().feeSen();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Payment create(String agency, CreatePaymentRequest request) {
        PayableMerchant merchant = merchants.payable(agency, request.merchantId());
        String returnUrl = request.returnUrl() != null ? request.returnUrl() : merchant.returnUrls().get(0);
        if (!merchant.returnUrls().contains(returnUrl)) {
            throw new ProblemException(GatewayProblem.RETURN_URL_NOT_REGISTERED,
                    "returnUrl " + returnUrl + " is not one of the merchant's return URLs").with("returnUrl", returnUrl);
        }
        trustmarks.require(merchant, returnUrl);
        Instant now = Instant.now();
        Instant expiresAt = request.expiresAt() != null ? request.expiresAt() : now.plus(DEFAULT_EXPIRY);
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_EXPIRY))) {
            throw ProblemException.invalid("expiresAt", "must be in the future and at most 7 days ahead");
        }
        Payment payment = new Payment();
        payment.id = Ids.newId();
        payment.agency = agency;
        payment.merchantId = merchant.id();
        payment.amountSen = request.amount().value();
        payment.currency = request.amount().currency();
        payment.billReference = request.billReference();
        payment.description = request.description();
        if (request.payer() != null) {
            payment.payerName = request.payer().name();
            payment.payerEmail = request.payer().email();
        }
        List<PaymentMethod> methods = request.allowedMethods() != null && !request.allowedMethods().isEmpty()
                ? request.allowedMethods().stream().distinct().toList() : Arrays.asList(PaymentMethod.values());
        payment.allowedMethods = methods.stream().map(Enum::name).toList();
        payment.returnUrl = returnUrl;
        payment.serviceId = request.serviceId();
        payment.expiresAt = expiresAt;
        payment.status = PaymentStatus.CREATED;
        payment.createdAt = now;
        insertCreated(payment);
        outbox.publish("my.gov.payment.created", payment.id, agency, PaymentEventData.of(payment));
        return payment;
    }

    /**
     * Inserts a new payment with plain JDBC on the transaction's connection: creation is the hot path,
     * and Hibernate's insert machinery for a row that is written once and not touched again in this
     * transaction cost more CPU than the insert itself. The entity stays unmanaged here; later
     * transactions load it as usual.
     */
    private static void insertCreated(Payment payment) {
        Payment.getSession().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_CREATED)) {
                insert.setObject(1, payment.id);
                insert.setString(2, payment.agency);
                insert.setObject(3, payment.merchantId);
                insert.setLong(4, payment.amountSen);
                insert.setString(5, payment.currency);
                insert.setString(6, payment.billReference);
                insert.setString(7, payment.description);
                insert.setString(8, payment.payerSubject);
                insert.setString(9, payment.payerName);
                insert.setString(10, payment.payerEmail);
                insert.setArray(11, connection.createArrayOf("text", payment.allowedMethods.toArray()));
                insert.setString(12, payment.returnUrl);
                insert.setString(13, payment.serviceId);
                insert.setObject(14, payment.expiresAt.atOffset(ZoneOffset.UTC));
                insert.setString(15, payment.status.name());
                insert.setObject(16, payment.createdAt.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
    }

    public Payment get(String agency, UUID id) {
        Payment payment = Payment.findById(id);
        if (payment == null || !payment.agency.equals(agency)) {
            throw ProblemException.notFound("payment", id);
        }
        return payment;
    }

    /** For the hosted page, where the payment id itself is the capability. */
    public Payment get(UUID id) {
        Payment payment = Payment.findById(id);
        if (payment == null) {
            throw ProblemException.notFound("payment", id);
        }
        return payment;
    }

    public List<Payment> list(PaymentFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder();
        Parameters parameters = new Parameters();
        filter.appendTo(query, parameters);
        UUID after = page.after();
        if (after != null) {
            query.append(" and id > :after");
            parameters.and("after", after);
        }
        return Payment.<Payment>find(query + " order by id", parameters).page(0, page.limit + 1).list();
    }

    /** The payer chose a method (and bank): hand over to the acquirer and wait for its notification. */
    @Transactional
    public Acquirer.Authorization startAuthorization(UUID paymentId, PaymentMethod method, String bankCode) {
        return startAuthorization(paymentId, method, bankCode, Optional.empty());
    }

    /**
     * As above, by a payer who may be signed in: the payment becomes theirs ({@code payerSubject}) unless an earlier
     * signed-in attempt already claimed it.
     */
    @Transactional
    public Acquirer.Authorization startAuthorization(UUID paymentId, PaymentMethod method, String bankCode,
                                                     Optional<String> signedInPayer) {
        Payment payment = lock(paymentId);
        if (payment.status == PaymentStatus.CREATED && !payment.expiresAt.isAfter(Instant.now())) {
            throw new ProblemException(GatewayProblem.PAYMENT_EXPIRED, "Payment " + paymentId + " has expired");
        }
        if (!payment.methods().contains(method)) {
            throw new ProblemException(GatewayProblem.METHOD_NOT_ALLOWED_FOR_PAYMENT,
                    method + " is not allowed for this payment").with("allowedMethods", payment.methods());
        }
        trustmarks.require(merchants.payable(payment.agency, payment.merchantId), payment.returnUrl);
        payment.status = PaymentStateMachine.move(payment.status, PaymentStatus.PENDING);
        Acquirer.Authorization authorization = acquirer.authorize(new Acquirer.AuthorizationRequest(
                payment.id, payment.agency, payment.amountSen, method, method.isFpx() ? bankCode : null));
        payment.method = method;
        payment.bankCode = method.isFpx() ? bankCode : null;
        payment.acquirerReference = authorization.reference();
        if (payment.payerSubject == null) {
            payment.payerSubject = signedInPayer.orElse(null);
        }
        return authorization;
    }

    /**
     * Applies an acquirer's verified outcome. Duplicates and outcomes that no longer fit (a decline
     * after a success) change nothing; the charge is booked at most once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutcomeResult applyOutcome(Acquirer.Notification notification) {
        Optional<Payment> found = Payment.<Payment>find("acquirerReference", notification.reference())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (found.isEmpty() || found.get().amountSen != notification.amountSen()) {
            return OutcomeResult.IGNORED;
        }
        Payment payment = found.get();
        PaymentStatus target = notification.outcome() == Acquirer.Outcome.APPROVED ? PaymentStatus.SUCCEEDED : PaymentStatus.FAILED;
        if (payment.status == target || (target == PaymentStatus.SUCCEEDED && PaymentStateMachine.wasCaptured(payment.status))) {
            return OutcomeResult.DUPLICATE;
        }
        if (!PaymentStateMachine.allows(payment.status, target)) {
            return OutcomeResult.IGNORED;
        }
        payment.status = target;
        payment.completedAt = Instant.now();
        if (target == PaymentStatus.SUCCEEDED) {
            payment.receiptNumber = receipts.next(payment.agency, MalaysiaTime.today().getYear());
            payment.failureReason = null;
            ledger.post(payment.agency, Ledger.JournalKind.CHARGE, payment.id, null,
                    "Charge " + payment.billReference, JournalEntry.charge(payment.amountSen, feeSen));
            announce(payment, "my.gov.payment.succeeded");
        } else {
            payment.failureReason = notification.reason();
            announce(payment, "my.gov.payment.failed");
        }
        return OutcomeResult.APPLIED;
    }

    @Transactional
    public Payment cancel(String agency, UUID id) {
        get(agency, id);
        Payment payment = lock(id);
        payment.status = PaymentStateMachine.move(payment.status, PaymentStatus.CANCELLED);
        payment.completedAt = Instant.now();
        announce(payment, "my.gov.payment.cancelled");
        return payment;
    }

    /** Expires payments past their time; returns how many. */
    @Transactional
    public int expireDue(Instant now) {
        List<Payment> due = Payment.<Payment>find("status in ?1 and expiresAt < ?2",
                        List.of(PaymentStatus.CREATED, PaymentStatus.PENDING), now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, EXPIRY_BATCH).list();
        for (Payment payment : due) {
            payment.status = PaymentStateMachine.move(payment.status, PaymentStatus.EXPIRED);
            payment.completedAt = now;
            announce(payment, "my.gov.payment.expired");
        }
        return due.size();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Payment lock(UUID id) {
        Payment payment = Payment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw ProblemException.notFound("payment", id);
        }
        return payment;
    }

    /** Before the payer is sent back: the trustmark must still hold; returns where to send them. */
    public URI returnTarget(Payment payment) {
        trustmarks.require(merchants.payable(payment.agency, payment.merchantId), payment.returnUrl);
        return URI.create(payment.returnUrl);
    }

    /** Publishes the event of a final state and schedules the agency's callback, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Payment payment, String eventType) {
        announce(payment, eventType, PaymentEventData.of(payment));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Payment payment, String eventType, PaymentEventData data) {
        if (!PaymentStateMachine.isFinal(payment.status)) {
            throw new IllegalStateException("Only final states are announced to agencies, not " + payment.status);
        }
        outbox.publish(eventType, payment.id, payment.agency, data);
        callbacks.schedule(payment.agency, payment.merchantId, payment.id, eventType.substring("my.gov.".length()), data);
    }
}
