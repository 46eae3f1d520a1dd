package my.gov.platform.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * A test profile where every rate-limit class allows {@link #QUOTA} requests an hour, and the test client's own address
 * (127.0.0.1) is a trusted proxy, so a test plays many callers by sending {@code X-Forwarded-For}. Tests give each
 * caller a fresh address or client id: the buckets live in the database for the whole run.
 */
public class TightRateLimits implements QuarkusTestProfile {
    public static final int QUOTA = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(Map.of("mygov.http.trusted-proxies", "127.0.0.1"));
        for (String operationClass : new String[]{"token", "sign-in", "api-read", "api-write", "public-page"}) {
            overrides.put("mygov.rate-limit." + operationClass + ".capacity", Integer.toString(QUOTA));
            overrides.put("mygov.rate-limit." + operationClass + ".period", "1H");
        }
        return overrides;
    }
}
