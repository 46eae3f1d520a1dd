package my.gov.platform.payment.trustmarks;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemKind;
import my.gov.platform.commons.problem.ProblemKinds;

import java.util.List;

/** Makes the trustmark refusals part of the gateway's problem catalogue, without the problems package knowing trustmarks. */
@ApplicationScoped
public class TrustmarkProblems implements ProblemKinds {
    @Override
    public List<? extends ProblemKind> kinds() {
        return List.of(TrustmarkRefusal.values());
    }
}
