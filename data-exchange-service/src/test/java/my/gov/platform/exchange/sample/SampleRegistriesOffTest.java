package my.gov.platform.exchange.sample;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import my.gov.platform.commons.sandbox.Sandbox;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** With sandbox features off, as in production, the sample registries are unknown paths. */
@QuarkusTest
@TestProfile(SampleRegistriesOffTest.SandboxOff.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class SampleRegistriesOffTest {
    public static class SandboxOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(Sandbox.ENABLED, "false");
        }
    }

    @Test
    void theSampleRegistriesAreUnknownPaths() {
        given().get("/sample-registries/population/850101-14-5011").then().statusCode(404);
        given().get("/sample-registries/vehicles/WXY1234").then().statusCode(404);
    }
}
