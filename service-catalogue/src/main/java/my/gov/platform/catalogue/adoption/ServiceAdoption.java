package my.gov.platform.catalogue.adoption;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Live use of a service seen on the platform's topics: payments taken and sign-ins through the SSO. */
@Entity
@Table(name = "service_adoption")
public class ServiceAdoption extends PanacheEntityBase {
    @Id
    @Column(name = "service_id")
    public UUID serviceId;
    @Column(nullable = false)
    public long payments;
    @Column(name = "payments_value", nullable = false)
    public long paymentsValue;
    @Column(name = "sign_ins", nullable = false)
    public long signIns;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Adds to the counts in one statement, so concurrent consumers never race to create the row. */
    static void add(UUID serviceId, long payments, long paymentsValue, long signIns) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO service_adoption (service_id, payments, payments_value, sign_ins, updated_at)
                        VALUES (?1, ?2, ?3, ?4, now())
                        ON CONFLICT (service_id) DO UPDATE SET payments = service_adoption.payments + excluded.payments,
                            payments_value = service_adoption.payments_value + excluded.payments_value,
                            sign_ins = service_adoption.sign_ins + excluded.sign_ins, updated_at = now()""")
                .setParameter(1, serviceId).setParameter(2, payments).setParameter(3, paymentsValue).setParameter(4, signIns)
                .executeUpdate();
    }
}
