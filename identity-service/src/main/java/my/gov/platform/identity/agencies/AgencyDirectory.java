package my.gov.platform.identity.agencies;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The agencies whose staff may register as civil servants (seeded by Flyway, table {@code agency}),
 * each with its official e-mail domains.
 */
@ApplicationScoped
public class AgencyDirectory {

    /** The e-mail domains of the agency; empty when the code names no agency in the directory. */
    public List<String> emailDomainsOf(String agencyCode) {
        return AgencyEmailDomain.<AgencyEmailDomain>list("agencyCode", agencyCode).stream().map(d -> d.domain).toList();
    }
}
