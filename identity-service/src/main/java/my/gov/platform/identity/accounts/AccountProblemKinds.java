package my.gov.platform.identity.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemKind;
import my.gov.platform.commons.problem.ProblemKinds;

import java.util.List;

/** Declares the account problems to the shared problem catalogue, beside the service's general ones. */
@ApplicationScoped
public class AccountProblemKinds implements ProblemKinds {
    @Override
    public List<? extends ProblemKind> kinds() {
        return List.of(AccountProblem.values());
    }
}
