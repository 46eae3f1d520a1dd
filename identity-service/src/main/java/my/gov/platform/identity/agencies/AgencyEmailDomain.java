package my.gov.platform.identity.agencies;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An e-mail domain that belongs to one agency; its subdomains belong to the same agency. */
@Entity
@Table(name = "agency_email_domain")
public class AgencyEmailDomain extends PanacheEntityBase {
    @Id
    public String domain;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;
}
