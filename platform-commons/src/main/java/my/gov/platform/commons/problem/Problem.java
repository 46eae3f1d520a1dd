package my.gov.platform.commons.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The RFC 9457 {@code application/problem+json} body every service answers errors with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "URI identifying the problem kind; it serves a human explanation",
            examples = "http://localhost:8082/problems/not-found")
    public final String type;
    @Schema(description = "Short summary, stable per type", examples = "Resource not found")
    public final String title;
    @Schema(description = "HTTP status code", examples = "404")
    public final int status;
    @Schema(description = "What went wrong in this occurrence", examples = "No payment 0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10")
    public final String detail;
    @Schema(description = "The request path", examples = "/v1/payments/0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10")
    public final String instance;
    @Schema(description = "Field violations, for validation problems only")
    public final List<Violation> violations;
    private final Map<String, Object> extensions;

    Problem(String type, String title, int status, String detail, String instance, List<Violation> violations,
            Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
        this.extensions = new LinkedHashMap<>(extensions);
    }

    /** Extension members (RFC 9457 §3.2), e.g. {@code reason} or {@code retryAfterSeconds}. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
