package my.gov.platform.commons.problem;

/** Problem kinds every service can answer with; services add their own {@link ProblemKind}s. */
public enum CommonProblem implements ProblemKind {
    VALIDATION("validation-failed", 400, "The request is not valid",
            "One or more fields broke a rule. The violations list names each field and what is wrong with it."),
    MALFORMED_REQUEST("malformed-request", 400, "The request could not be read",
            "The body is not well-formed JSON, has a value of the wrong type, or carries a field the operation does not accept."),
    UNAUTHENTICATED("unauthenticated", 401, "Authentication required",
            "Send a valid, unexpired bearer access token issued by identity-service in the Authorization header."),
    FORBIDDEN("forbidden", 403, "Not allowed",
            "The token is valid but lacks the scope or role this operation needs."),
    NOT_FOUND("not-found", 404, "Resource not found",
            "Nothing exists at this address, or it belongs to another agency and is not visible to you."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed",
            "The resource exists but does not support this HTTP method; the Allow header lists those it does."),
    NOT_ACCEPTABLE("not-acceptable", 406, "No acceptable representation",
            "The resource cannot be returned in any media type named by the Accept header."),
    CONFLICT("conflict", 409, "Conflict with the current state",
            "The request cannot be applied to the resource in its current state, or it collides with another resource."),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused with a different request",
            "An Idempotency-Key may be replayed only with exactly the same request. Use a new key for a new request."),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large",
            "The body is larger than this service accepts. Send less, or split the request."),
    URI_TOO_LONG("uri-too-long", 414, "URI too long",
            "The request's path and query are longer than this service accepts. Send long values in a body instead."),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request headers too large",
            "The request's headers together are larger than this service accepts, often because of stale or many cookies."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type",
            "Send the body as application/json unless the operation says otherwise."),
    UNPROCESSABLE("unprocessable", 422, "The request cannot be processed",
            "The request is well-formed but breaks a business rule named in the detail."),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests",
            "Slow down and retry after the number of seconds in the Retry-After header."),
    BAD_GATEWAY("bad-gateway", 502, "Upstream failed",
            "A system this request depends on answered with an error. Nothing was changed; retry later."),
    GATEWAY_TIMEOUT("gateway-timeout", 504, "Upstream timed out",
            "A system this request depends on did not answer in time. Nothing was changed; retry later."),
    INTERNAL("internal-error", 500, "Internal error",
            "Something failed on our side. Quote the X-Request-Id header when you report it.");

    private final Definition definition;

    CommonProblem(String slug, int status, String title, String explanation) {
        this.definition = new Definition(slug, status, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
