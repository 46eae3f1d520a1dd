package my.gov.platform.commons.openapi;

import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemKind;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers any operation can give whatever it does, because commons gives them before or around it: the edge
 * guards' 400, the security guard's 401/403, the rate limits' 429 and the last-resort 500, all as problems; and the
 * rate-limit headers (draft-ietf-httpapi-ratelimit-headers) that tell a caller its quota.
 */
final class SharedResponses {
    /** Structured-field values of a few hundred characters at most; longer ones are not ours. */
    private static final long RATE_LIMIT_FIELD_LENGTH = 256;
    private static final String PRINTABLE_ASCII = "^[\\x20-\\x7E]*$";

    private SharedResponses() {
    }

    static Map<String, APIResponse> forEveryOperation() {
        return Map.of(
                "400", problem("The request line, a header or the body is malformed (NUL characters, repeated or unknown "
                        + "fields, coerced numbers, bad page parameters) or a field breaks a rule (violations name each)"),
                "429", problem("Too many requests from this caller for this kind of operation; retry after Retry-After seconds")
                        .addHeader("Retry-After", retryAfter())
                        .addHeader("RateLimit", rateLimit())
                        .addHeader("RateLimit-Policy", rateLimitPolicy()),
                "500", problem("An unexpected failure; the problem carries no internal detail, quote X-Request-Id to report it"));
    }

    /** Operations taking {@code limit} and {@code cursor} refuse a page size out of range or a cursor they did not issue. */
    static Map<String, APIResponse> forPagedOperations() {
        return Map.of("400", problem("A limit outside its range or a cursor this API did not issue is refused, as is a "
                + "malformed request line, header or body or a field that breaks a rule",
                example(CommonProblem.VALIDATION, "cursor: is not a cursor this API issued")));
    }

    static Map<String, APIResponse> forSecuredOperations() {
        return Map.of(
                "401", problem("No valid token, or a token bound with DPoP sent without a valid proof")
                        .addHeader("WWW-Authenticate", header("The challenge (RFC 6750, RFC 9449, RFC 9470)",
                                text(1024, PRINTABLE_ASCII))),
                "403", problem("The token lacks the scope or role this operation needs"));
    }

    static Header retryAfter() {
        return header("Seconds to wait before retrying", integer(0, 86_400));
    }

    /** The caller's remaining quota in the current window, e.g. {@code "default";r=42;t=12}. */
    static Header rateLimit() {
        return header("The caller's remaining quota and the seconds until it resets (draft-ietf-httpapi-ratelimit-headers)",
                text(RATE_LIMIT_FIELD_LENGTH, PRINTABLE_ASCII));
    }

    /** The quota policy the operation falls under, e.g. {@code "default";q=100;w=60}. */
    static Header rateLimitPolicy() {
        return header("The quota policy this operation falls under (draft-ietf-httpapi-ratelimit-headers)",
                text(RATE_LIMIT_FIELD_LENGTH, PRINTABLE_ASCII));
    }

    /**
     * An example body for a problem answer with the given status that shows none: the common kind with that status,
     * or {@code about:blank} with the HTTP reason phrase (RFC 9457 section 4.2.1) for a status no common kind has.
     */
    static Map<String, Object> example(int status) {
        return Arrays.stream(CommonProblem.values()).filter(kind -> kind.status() == status)
                .findFirst().map(kind -> example(kind, kind.explanation()))
                .orElseGet(() -> example("about:blank", reasonPhrase(status), status, "What went wrong in this occurrence"));
    }

    private static Map<String, Object> example(ProblemKind kind, String detail) {
        // Relative, as the document's server is: resolved against the deployment that answers.
        return example("/problems/" + kind.slug(), kind.title(), kind.status(), detail);
    }

    private static Map<String, Object> example(String type, String title, int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    private static String reasonPhrase(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** Without an example of its own, the filter gives it the one for its status. */
    private static APIResponse problem(String description) {
        return problem(description, null);
    }

    private static APIResponse problem(String description, Map<String, Object> example) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem")).example(example)));
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema integer(long minimum, long maximum) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
    }

    static Schema text(long maxLength, String pattern) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength((int) maxLength).pattern(pattern);
    }
}
