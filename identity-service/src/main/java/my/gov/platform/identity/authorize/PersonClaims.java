package my.gov.platform.identity.authorize;

import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.oauth.AccessTokens;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What a relying party learns about a person, by the scopes granted: the same at UserInfo and in the ID token. */
final class PersonClaims {
    private PersonClaims() {
    }

    static Map<String, Object> released(Account account, Set<String> scopes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", account.id.toString());
        if (scopes.contains("profile")) {
            body.put("name", account.fullName);
        }
        if (scopes.contains("email")) {
            body.put("email", account.email);
            body.put("email_verified", account.emailVerified);
        }
        if (scopes.contains("phone") && account.phone != null) {
            body.put("phone_number", account.phone);
            body.put("phone_number_verified", account.phoneVerified);
        }
        AccessTokens.releasedMyKad(account, scopes).ifPresent(mykad -> body.put("mykad_number", mykad));
        if (account.agency != null) {
            body.put("agency", account.agency);
        }
        body.put("roles", account.roles);
        return body;
    }
}
