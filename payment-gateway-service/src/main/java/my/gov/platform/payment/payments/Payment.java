package my.gov.platform.payment.payments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String agency;
    @Column(name = "merchant_id", nullable = false)
    public UUID merchantId;
    @Column(name = "amount_sen", nullable = false)
    public long amountSen;
    @Column(nullable = false)
    public String currency;
    @Column(name = "refunded_sen", nullable = false)
    public long refundedSen;
    @Column(name = "bill_reference", nullable = false)
    public String billReference;
    @Column(nullable = false)
    public String description;
    @Column(name = "payer_subject")
    public String payerSubject;
    @Column(name = "payer_name")
    public String payerName;
    @Column(name = "payer_email")
    public String payerEmail;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_methods", nullable = false, columnDefinition = "text[]")
    public List<String> allowedMethods;
    @Column(name = "return_url", nullable = false)
    public String returnUrl;
    @Column(name = "service_id")
    public String serviceId;
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status;
    @Enumerated(EnumType.STRING)
    public PaymentMethod method;
    @Column(name = "bank_code")
    public String bankCode;
    @Column(name = "acquirer_reference")
    public String acquirerReference;
    @Column(name = "receipt_number")
    public String receiptNumber;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Version
    public long version;

    public List<PaymentMethod> methods() {
        return allowedMethods.stream().map(PaymentMethod::valueOf).toList();
    }
}
