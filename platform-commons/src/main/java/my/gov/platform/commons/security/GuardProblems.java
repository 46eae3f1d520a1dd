package my.gov.platform.commons.security;

import jakarta.enterprise.context.ApplicationScoped;
import my.gov.platform.commons.problem.ProblemKind;
import my.gov.platform.commons.problem.ProblemKinds;

import java.util.List;

/** Makes the guard's refusals part of every service's problem catalogue ({@code GET /problems/<slug>}). */
@ApplicationScoped
public class GuardProblems implements ProblemKinds {
    @Override
    public List<? extends ProblemKind> kinds() {
        return List.of(GuardProblem.values());
    }
}
