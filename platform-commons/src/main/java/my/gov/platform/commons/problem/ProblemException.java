package my.gov.platform.commons.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown by domain code to answer with a specific problem; mapped to its response in one place. */
public class ProblemException extends RuntimeException {
    private final ProblemKind kind;
    private final List<Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ProblemException(ProblemKind kind, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.kind = kind;
        this.violations = violations;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(CommonProblem.NOT_FOUND, "No " + what + " " + id);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(CommonProblem.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(CommonProblem.FORBIDDEN, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(CommonProblem.VALIDATION, field + ": " + message, List.of(new Violation(field, message)));
    }

    /** Adds an RFC 9457 extension member to the body. */
    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After}. */
    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
