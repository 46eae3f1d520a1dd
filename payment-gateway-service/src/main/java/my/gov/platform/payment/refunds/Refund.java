package my.gov.platform.payment.refunds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "refund")
public class Refund extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "payment_id", nullable = false)
    public UUID paymentId;
    @Column(nullable = false)
    public String agency;
    @Column(name = "amount_sen", nullable = false)
    public long amountSen;
    public String reason;
    @Column(nullable = false)
    public String status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
