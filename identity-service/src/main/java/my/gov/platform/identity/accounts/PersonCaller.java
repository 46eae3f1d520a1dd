package my.gov.platform.identity.accounts;

import jakarta.enterprise.context.RequestScoped;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.identity.security.AdminCaller;

import java.util.UUID;

/** The person calling with their own access token, for the operations a person does on their own account. */
@RequestScoped
public class PersonCaller {
    private final AdminCaller caller;

    PersonCaller(AdminCaller caller) {
        this.caller = caller;
    }

    /** The signed-in person's account id; a client's own token (which names a client, not a person) is refused. */
    public UUID person(String forWhat) {
        try {
            UUID id = UUID.fromString(caller.subject());
            if (Account.findById(id) != null) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // A client's own token names a client id, not a person.
        }
        throw ProblemException.forbidden("Only a person's access token can " + forWhat);
    }
}
