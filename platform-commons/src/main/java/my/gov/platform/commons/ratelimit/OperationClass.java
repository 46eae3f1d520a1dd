package my.gov.platform.commons.ratelimit;

/**
 * The kinds of operation that get their own rate limit, each configured under
 * {@code mygov.rate-limit.<configName>.capacity} and {@code .period}.
 */
public enum OperationClass {
    /** The OAuth endpoints a client authenticates at: token, introspection, revocation, pushed authorization requests. */
    TOKEN("token", false),
    /** A person's password sign-in. */
    SIGN_IN("sign-in", false),
    /** GET and HEAD on the APIs, unless the operation says otherwise. */
    API_READ("api-read", true),
    /** Every other method on the APIs, unless the operation says otherwise. */
    API_WRITE("api-write", true),
    /** Pages people open in a browser, and their forms. */
    PUBLIC_PAGE("public-page", false);

    private final String configName;
    private final boolean perClient;

    OperationClass(String configName, boolean perClient) {
        this.configName = configName;
        this.perClient = perClient;
    }

    /** The policy name in configuration and in the {@code RateLimit} headers. */
    public String configName() {
        return configName;
    }

    /**
     * Whether a request with a token counts against the token's client rather than the caller's address. Only the
     * APIs: before client authentication (token endpoint) or a person's sign-in nothing but the address is known, and
     * the people using one agency's pages must not share a single quota.
     */
    public boolean perClient() {
        return perClient;
    }
}
