package my.gov.platform.commons.problem;

import java.util.List;

/** A service declares its own problem kinds with an application-scoped bean of this type. */
public interface ProblemKinds {
    List<? extends ProblemKind> kinds();
}
