package my.gov.platform.payment.problems;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemKind;
import my.gov.platform.commons.problem.ProblemKinds;
import my.gov.platform.payment.trustmarks.TrustmarkRefusal;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class GatewayProblemKinds implements ProblemKinds {
    @Override
    public List<? extends ProblemKind> kinds() {
        List<ProblemKind> kinds = new ArrayList<>(List.of(GatewayProblem.values()));
        kinds.addAll(List.of(TrustmarkRefusal.values()));
        return kinds;
    }
}
