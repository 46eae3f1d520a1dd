package my.gov.platform.payment.problems;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemKind;
import my.gov.platform.commons.problem.ProblemKinds;

import java.util.List;

@ApplicationScoped
public class GatewayProblemKinds implements ProblemKinds {
    @Override
    public List<? extends ProblemKind> kinds() {
        return List.of(GatewayProblem.values());
    }
}
