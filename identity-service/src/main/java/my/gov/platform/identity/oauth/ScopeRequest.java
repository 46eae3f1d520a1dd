package my.gov.platform.identity.oauth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scopes a client may get: what it asked for, within what it is allowed; all allowed when it asked for none. */
public final class ScopeRequest {
    private ScopeRequest() {
    }

    public static Set<String> grant(String requested, List<String> allowed) {
        if (requested == null || requested.isBlank()) {
            return new LinkedHashSet<>(allowed);
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(requested.trim().split(" +")));
        List<String> refused = asked.stream().filter(s -> !allowed.contains(s)).toList();
        if (!refused.isEmpty()) {
            throw OAuthError.invalidScope("The client may not request " + String.join(" ", refused));
        }
        return asked;
    }
}
