package my.gov.platform.exchange.members;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency taking part in the exchange, known by the agency code its identity-service client carries. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(nullable = false)
    public String name;
    @Column(name = "client_id")
    public String clientId;
    @Column(nullable = false)
    public boolean provider;
    @Column(nullable = false)
    public boolean consumer;
}
