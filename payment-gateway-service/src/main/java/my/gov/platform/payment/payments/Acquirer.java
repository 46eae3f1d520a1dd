package my.gov.platform.payment.payments;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the gateway needs from a card scheme, FPX or DuitNow acquirer. */
public interface Acquirer {
    String SETTLEMENT_FILE_HEADER = "reference,paymentId,method,bankCode,amountSen,approvedAt\n";

    /** A stable code, e.g. SANDBOX; also the notification endpoint's path segment. */
    String code();

    /** Banks the payer may choose for an FPX method, with their live status; empty for other methods. */
    List<Bank> banks(PaymentMethod method);

    /** Starts an authorisation; the payer is sent to {@link Authorization#redirectUrl()}. */
    Authorization authorize(AuthorizationRequest request);

    /** Checks a notification's signature and reads it; a tampered message throws and is never read. */
    Notification verify(String body, String signature);

    /** The acquirer's settlement file of one day, CSV with a header line, limited to one agency. */
    String settlementFile(String agency, LocalDate day);

    record Bank(String code, String name, boolean online) {
    }

    record AuthorizationRequest(UUID paymentId, String agency, long amountSen, PaymentMethod method, String bankCode) {
    }

    record Authorization(String reference, URI redirectUrl) {
    }

    enum Outcome { APPROVED, DECLINED }

    /** What an acquirer said; {@code messageId} is unique per acquirer, {@code sentAt} is when it was signed. */
    record Notification(String messageId, Instant sentAt, String reference, Outcome outcome, long amountSen, String reason) {
    }
}
