package my.gov.platform.commons.security.assurance;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The level of assurance ({@code urn:mygov:loa:<level>}) at which a person must have signed in to call the operation;
 * a person below it is answered 401 {@code insufficient_user_authentication} naming the level (RFC 9470). Machine
 * clients (client credentials: the token's subject is the client itself) are not people and are not held to it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresAssurance {
    /** The 401 response of a level-2 operation, as its OpenAPI description says it. */
    String NO_TOKEN_OR_BELOW_LEVEL_TWO = "No valid token, or a person signed in below urn:mygov:loa:2 (WWW-Authenticate: "
            + "Bearer error=\"insufficient_user_authentication\", acr_values=\"urn:mygov:loa:2\")";

    /** 2: password and a second factor; 3: a device-bound key. */
    @Nonbinding
    int value();
}
