package my.gov.platform.payment.acquirers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.payment.calendar.MalaysiaTime;
import my.gov.platform.payment.config.PaymentConfig;
import my.gov.platform.payment.payments.Acquirer;
import my.gov.platform.payment.payments.PaymentMethod;
import my.gov.platform.payment.problems.GatewayProblem;
import my.gov.platform.payment.signing.HmacSigner;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SANDBOX acquirer: a stand-in for FPX, the card scheme and DuitNow QR that moves no real money. It
 * keeps its own books, signs every notification with HMAC-SHA256, and can approve, decline, time
 * out (then notify late) and send duplicates, as real acquirers do. Where it is built (every build
 * but the production one), it is the {@link Acquirer} payments go to, in place of {@link Acquirers}' default.
 */
@ApplicationScoped
public class SandboxAcquirer implements Acquirer {
    public static final String CODE = "SANDBOX";
    public static final String SIGNATURE_HEADER = "X-Sandbox-Signature";
    /** The OpenAPI tag of the SANDBOX acquirer's operations. */
    public static final String TAG = "Sandbox acquirer";

    private static final List<Bank> FPX_B2C_BANKS = List.of(
            new Bank("SBX0001", "Sandbox Bank Alpha", true),
            new Bank("SBX0002", "Sandbox Bank Beta", true),
            new Bank("SBX0003", "Sandbox Bank Gamma (Islamic)", true),
            new Bank("SBX0004", "Sandbox Bank Delta", false));
    private static final List<Bank> FPX_B2B_BANKS = List.of(
            new Bank("SBXB001", "Sandbox Bank Alpha Corporate", true),
            new Bank("SBXB002", "Sandbox Bank Beta Business", false));

    /** What the sandbox bank page lets a tester choose. */
    public enum Decision { APPROVE, DECLINE, TIMEOUT, APPROVE_WITH_DUPLICATE }

    /** A notification as sent on the wire: the JSON body and its signature header. */
    public record SignedMessage(String body, String signature) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final String secret;
    private final String publicBaseUrl;

    SandboxAcquirer(EntityManager entityManager, ObjectMapper json,
                    PaymentConfig config, SandboxAcquirerConfig settings) {
        this.entityManager = entityManager;
        this.json = json;
        // Not required at start-up: the local build started in the prod profile (the benchmarks) has no such key.
        this.secret = settings.secret().orElseThrow(() -> new IllegalStateException(
                "mygov.sandbox-acquirer.secret is required to use the SANDBOX acquirer"));
        this.publicBaseUrl = config.publicBaseUrl();
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Bank> banks(PaymentMethod method) {
        return switch (method) {
            case FPX_B2C -> FPX_B2C_BANKS;
            case FPX_B2B -> FPX_B2B_BANKS;
            case CARD, DUITNOW_QR -> List.of();
        };
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Authorization authorize(AuthorizationRequest request) {
        if (request.method().isFpx()) {
            Bank bank = banks(request.method()).stream().filter(b -> b.code().equals(request.bankCode())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("bankCode", "is not an FPX bank for " + request.method()));
            if (!bank.online()) {
                throw new ProblemException(GatewayProblem.BANK_OFFLINE, bank.name() + " is offline").with("bankCode", bank.code());
            }
        }
        String reference = "SBX-" + Ids.newId().toString().replace("-", "").substring(0, 20).toUpperCase();
        entityManager.createNativeQuery("""
                        INSERT INTO sandbox_acquirer_transaction (reference, payment_id, agency, method, bank_code, amount_sen, status, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'AUTHORIZING', ?7)""")
                .setParameter(1, reference).setParameter(2, request.paymentId()).setParameter(3, request.agency())
                .setParameter(4, request.method().name()).setParameter(5, request.bankCode())
                .setParameter(6, request.amountSen()).setParameter(7, Instant.now())
                .executeUpdate();
        return new Authorization(reference, URI.create(publicBaseUrl + "/sandbox-acquirer/" + reference));
    }

    @Override
    public Notification verify(String body, String signature) {
        if (body == null || !HmacSigner.matches(secret, body, signature)) {
            throw new ProblemException(GatewayProblem.ACQUIRER_SIGNATURE_INVALID,
                    "The notification's " + SIGNATURE_HEADER + " does not match its body");
        }
        try {
            JsonNode message = json.readTree(body);
            if (message.path("messageId").asText().isBlank()) {
                throw new IllegalArgumentException("no messageId");
            }
            return new Notification(message.path("messageId").asText(), Instant.parse(message.path("sentAt").asText()),
                    message.path("reference").asText(),
                    Outcome.valueOf(message.path("outcome").asText()), message.path("amount").asLong(),
                    message.path("reason").isMissingNode() ? null : message.path("reason").asText());
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw new ProblemException(GatewayProblem.ACQUIRER_SIGNATURE_INVALID, "The notification is not a sandbox message");
        }
    }

    /** The sandbox bank's side: records the decision and returns the notifications it sends (none on timeout). */
    @Transactional
    public List<SignedMessage> decide(String reference, Decision decision) {
        Object[] transaction = transaction(reference);
        long amount = ((Number) transaction[1]).longValue();
        String status = switch (decision) {
            case APPROVE, APPROVE_WITH_DUPLICATE -> "APPROVED";
            case DECLINE -> "DECLINED";
            case TIMEOUT -> "TIMED_OUT";
        };
        entityManager.createNativeQuery("UPDATE sandbox_acquirer_transaction SET status = ?2, decided_at = ?3 WHERE reference = ?1")
                .setParameter(1, reference).setParameter(2, status).setParameter(3, Instant.now()).executeUpdate();
        List<SignedMessage> sent = new ArrayList<>();
        switch (decision) {
            case APPROVE -> sent.add(message(reference, Outcome.APPROVED, amount, null));
            case DECLINE -> sent.add(message(reference, Outcome.DECLINED, amount, "Declined by the payer's bank (sandbox)"));
            case APPROVE_WITH_DUPLICATE -> {
                SignedMessage message = message(reference, Outcome.APPROVED, amount, null);
                sent.add(message);
                sent.add(message);
            }
            case TIMEOUT -> {
                // A timed-out bank says nothing now; lateApproval sends the notification later.
            }
        }
        return sent;
    }

    /** A bank that timed out approves after all and notifies late. */
    @Transactional
    public SignedMessage lateApproval(String reference) {
        Object[] transaction = transaction(reference);
        entityManager.createNativeQuery("UPDATE sandbox_acquirer_transaction SET status = 'APPROVED', decided_at = ?2 WHERE reference = ?1")
                .setParameter(1, reference).setParameter(2, Instant.now()).executeUpdate();
        return message(reference, Outcome.APPROVED, ((Number) transaction[1]).longValue(), null);
    }

    public SignedMessage message(String reference, Outcome outcome, long amountSen, String reason) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messageId", Ids.newId().toString());
        message.put("reference", reference);
        message.put("outcome", outcome.name());
        message.put("amount", amountSen);
        if (reason != null) {
            message.put("reason", reason);
        }
        message.put("sentAt", Instant.now().toString());
        try {
            String body = json.writeValueAsString(message);
            return new SignedMessage(body, HmacSigner.sign(secret, body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String settlementFile(String agency, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT reference, payment_id, method, COALESCE(bank_code, ''), amount_sen, decided_at
                        FROM sandbox_acquirer_transaction
                        WHERE agency = ?1 AND status = 'APPROVED' AND decided_at >= ?2 AND decided_at < ?3
                        ORDER BY decided_at, reference""")
                .setParameter(1, agency)
                .setParameter(2, day.atStartOfDay(MalaysiaTime.ZONE).toInstant())
                .setParameter(3, day.plusDays(1).atStartOfDay(MalaysiaTime.ZONE).toInstant())
                .getResultList();
        StringBuilder csv = new StringBuilder(SETTLEMENT_FILE_HEADER);
        for (Object[] row : rows) {
            csv.append(row[0]).append(',').append(row[1]).append(',').append(row[2]).append(',').append(row[3])
                    .append(',').append(row[4]).append(',').append(toInstant(row[5])).append('\n');
        }
        return csv.toString();
    }

    private Object[] transaction(String reference) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT status, amount_sen FROM sandbox_acquirer_transaction WHERE reference = ?1 FOR UPDATE")
                .setParameter(1, reference).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("sandbox transaction", reference);
        }
        return rows.get(0);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
