package my.gov.platform.identity.clients;

import java.util.Arrays;
import java.util.Optional;

public enum GrantType {
    AUTHORIZATION_CODE("authorization_code"),
    REFRESH_TOKEN("refresh_token"),
    CLIENT_CREDENTIALS("client_credentials");

    private final String oauthName;

    GrantType(String oauthName) {
        this.oauthName = oauthName;
    }

    /** The name used in the {@code grant_type} parameter. */
    public String oauthName() {
        return oauthName;
    }

    public static Optional<GrantType> fromOAuthName(String name) {
        return Arrays.stream(values()).filter(g -> g.oauthName.equals(name)).findFirst();
    }
}
