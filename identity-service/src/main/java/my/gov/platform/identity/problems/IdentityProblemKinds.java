package my.gov.platform.identity.problems;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemKind;
import my.gov.platform.commons.problem.ProblemKinds;
import my.gov.platform.identity.accounts.AccountProblem;

import java.util.List;
import java.util.stream.Stream;

@ApplicationScoped
public class IdentityProblemKinds implements ProblemKinds {
    @Override
    public List<? extends ProblemKind> kinds() {
        return Stream.<ProblemKind>concat(Stream.of(IdentityProblem.values()), Stream.of(AccountProblem.values())).toList();
    }
}
