package my.gov.platform.identity.oauth;

import java.time.Instant;
import java.util.List;

/**
 * How the person behind a token signed in (RFC 9068 §2.2.3.1), carried into their access tokens so that resource
 * servers can ask for a level of assurance: a refreshed token keeps the sign-in it descends from, never a newer one.
 */
public record AuthenticationInfo(Instant authTime, String acr, List<String> amr) {
    public AuthenticationInfo {
        amr = List.copyOf(amr);
    }
}
