package my.gov.platform.identity.authorize;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which scopes a person may grant a client: the OpenID Connect ones for all, {@code mykad} and service scopes only when registered. */
public final class ScopePolicy {
    static final Set<String> OPENID_SCOPES = Set.of("openid", "profile", "email", "phone");

    private ScopePolicy() {
    }

    public static Set<String> parse(String scope) {
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(scope.trim().split(" +")));
    }

    public static List<String> refused(Set<String> requested, List<String> clientScopes) {
        return requested.stream().filter(s -> !OPENID_SCOPES.contains(s) && !clientScopes.contains(s)).toList();
    }
}
