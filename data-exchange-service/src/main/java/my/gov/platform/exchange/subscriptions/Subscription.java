package my.gov.platform.exchange.subscriptions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A consumer agency's wish to hear about changes to a product, bounded by one of its agreements. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "subscriber_agency", nullable = false)
    public String subscriberAgency;
    @Column(name = "product_id", nullable = false)
    public UUID productId;
    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
