package my.gov.platform.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A test profile with sandbox features off (platform-commons' mygov.sandbox.enabled), as in production. */
public class SandboxOff implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mygov.sandbox.enabled", "false");
    }
}
