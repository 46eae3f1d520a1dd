package my.gov.platform.exchange.sample;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.SandboxOff;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** With sandbox features off, as in production, the sample registries are unknown paths. */
@QuarkusTest
@TestProfile(SandboxOff.class)
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class SampleRegistriesOffTest {
    @Test
    void theSampleRegistriesAreUnknownPaths() {
        given().get("/sample-registries/population/850101-14-5011").then().statusCode(404);
        given().get("/sample-registries/vehicles/WXY1234").then().statusCode(404);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", not(hasKey("/sample-registries/population/{mykadNumber}")));
    }
}
