package my.gov.platform.commons.security.assurance;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import my.gov.platform.commons.security.GuardProblem;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Objects;

/**
 * Enforces {@link RequiresAssurance} on the person behind the token, from the token's {@code acr}. It runs when the
 * operation is invoked, after the declarative role and scope checks ({@code @RolesAllowed}, {@code @PermissionsAllowed}),
 * so a person without the role is told 403 rather than asked to sign in again for nothing; checks an operation makes
 * in its own body come after this one.
 */
@RequiresAssurance(0)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AssuranceCheck {
    private final SecurityIdentity identity;

    AssuranceCheck(SecurityIdentity identity) {
        this.identity = identity;
    }

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        int required = required(invocation);
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw refusal(required, "This operation needs a person signed in at " + LevelOfAssurance.PREFIX + required);
        }
        int level = LevelOfAssurance.level(token.getClaim("acr"));
        if (isPerson(token) && level < required) {
            throw refusal(required, "This operation needs a sign-in at " + LevelOfAssurance.PREFIX + required
                    + "; the token's is " + (level == 0 ? "unknown" : LevelOfAssurance.PREFIX + level));
        }
        return invocation.proceed();
    }

    /** A client credentials token names the client as its subject; a person's token names the person. */
    private static boolean isPerson(JsonWebToken token) {
        return !Objects.equals(token.getSubject(), token.getClaim("client_id"));
    }

    private static int required(InvocationContext invocation) {
        RequiresAssurance onMethod = invocation.getMethod().getAnnotation(RequiresAssurance.class);
        return onMethod != null ? onMethod.value() : invocation.getMethod().getDeclaringClass().getAnnotation(RequiresAssurance.class).value();
    }

    private static RuntimeException refusal(int required, String detail) {
        String acrValues = LevelOfAssurance.PREFIX + required;
        return GuardProblem.INSUFFICIENT_USER_AUTHENTICATION.refusal("Bearer error=\"insufficient_user_authentication\", "
                + "error_description=\"A stronger sign-in is needed\", acr_values=\"" + acrValues + "\"", detail)
                .with("acrValues", acrValues);
    }
}
