package my.gov.platform.identity.civilservants;

import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.security.AdminCaller;

import java.util.Optional;

/**
 * Who decides about an agency's civil servants, whether they call the API with a token or use the
 * approvals page signed in. Approval is the head of department's (role {@code head-of-department}, acting
 * for that agency); a platform administrator may also approve, which is how an agency's first head of
 * department is appointed. A departure may be recorded by the agency's HR (its {@code agency-admin}s), its
 * head of department, or a platform administrator.
 *
 * @param subject who is recorded as having decided
 */
public record Decider(String subject, boolean platformAdmin, Optional<String> headedAgency, Optional<String> administeredAgency) {

    public static Decider of(AdminCaller caller) {
        return new Decider(caller.subject(), caller.isPlatformAdmin(), caller.headedAgency(), caller.administeredAgency());
    }

    /** A person signed in on a page: their account's roles, for the agency their account acts for. */
    public static Decider of(Account person) {
        Optional<String> agency = Optional.ofNullable(person.agency);
        return new Decider(person.id.toString(), person.roles.contains(AdminCaller.PLATFORM_ADMIN),
                agency.filter(a -> person.roles.contains(AdminCaller.HEAD_OF_DEPARTMENT)),
                agency.filter(a -> person.roles.contains(AdminCaller.AGENCY_ADMIN)));
    }

    public boolean mayApprove(String agency) {
        return platformAdmin || headedAgency.filter(agency::equals).isPresent();
    }

    public boolean mayRecordDeparture(String agency) {
        return mayApprove(agency) || administeredAgency.filter(agency::equals).isPresent();
    }
}
