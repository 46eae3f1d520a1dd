package my.gov.platform.identity.oauth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented to this service's own API; verified against its own signing keys. */
public final class SelfIssuedTokenRequest extends BaseAuthenticationRequest {
    private final String token;

    public SelfIssuedTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
