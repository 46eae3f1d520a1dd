package my.gov.platform.payment.callbacks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One server-to-server notification owed to an agency, retried until it gets a 2xx or gives up. */
@Entity
@Table(name = "callback_delivery")
public class CallbackDelivery extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String agency;
    @Column(name = "merchant_id", nullable = false)
    public UUID merchantId;
    @Column(name = "payment_id", nullable = false)
    public UUID paymentId;
    @Column(nullable = false)
    public String event;
    @Column(nullable = false)
    public String payload;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "given_up_at")
    public Instant givenUpAt;
    @Column(name = "last_status_code")
    public Integer lastStatusCode;
    @Column(name = "last_error")
    public String lastError;
}
