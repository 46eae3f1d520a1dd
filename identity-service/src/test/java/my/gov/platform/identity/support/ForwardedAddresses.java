package my.gov.platform.identity.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The tests' own address (127.0.0.1) is a trusted proxy, so a test plays callers at many addresses with
 * {@code X-Forwarded-For}; password sign-in allows {@link #SIGN_INS} attempts an hour per address.
 */
public class ForwardedAddresses implements QuarkusTestProfile {
    public static final int SIGN_INS = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mygov.http.trusted-proxies", "127.0.0.1",
                "mygov.rate-limit.sign-in.capacity", Integer.toString(SIGN_INS),
                "mygov.rate-limit.sign-in.period", "1H");
    }
}
