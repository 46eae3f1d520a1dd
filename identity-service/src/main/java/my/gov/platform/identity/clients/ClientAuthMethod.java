package my.gov.platform.identity.clients;

/** How a client proves who it is at the token, introspection and revocation endpoints. */
public enum ClientAuthMethod {
    CLIENT_SECRET_BASIC("client_secret_basic"),
    CLIENT_SECRET_POST("client_secret_post"),
    PRIVATE_KEY_JWT("private_key_jwt"),
    /** A public client (e.g. a mobile app): identified by client_id only, so PKCE is mandatory. */
    NONE("none");

    private final String oauthName;

    ClientAuthMethod(String oauthName) {
        this.oauthName = oauthName;
    }

    /** The registered name (RFC 7591), e.g. {@code client_secret_basic}. */
    public String oauthName() {
        return oauthName;
    }

    public boolean usesSecret() {
        return this == CLIENT_SECRET_BASIC || this == CLIENT_SECRET_POST;
    }
}
