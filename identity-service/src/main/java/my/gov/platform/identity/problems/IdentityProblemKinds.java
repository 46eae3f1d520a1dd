package my.gov.platform.identity.problems;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemKind;
import my.gov.platform.commons.problem.ProblemKinds;

import java.util.List;

@ApplicationScoped
public class IdentityProblemKinds implements ProblemKinds {
    @Override
    public List<? extends ProblemKind> kinds() {
        return List.of(IdentityProblem.values());
    }
}
