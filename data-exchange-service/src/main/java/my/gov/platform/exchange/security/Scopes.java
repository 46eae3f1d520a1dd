package my.gov.platform.exchange.security;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;

/** Reads the token's space-separated scope claim, for checks that depend on data as well as scope. */
@RequestScoped
public class Scopes {
    public static final String QUERY = "exchange.query";
    public static final String PROVIDE = "exchange.provide";
    public static final String ADMIN = "exchange.admin";

    private final JsonWebToken token;

    Scopes(JsonWebToken token) {
        this.token = token;
    }

    public boolean has(String scope) {
        String granted = token.getClaim("scope");
        return granted != null && Arrays.asList(granted.split(" ")).contains(scope);
    }
}
