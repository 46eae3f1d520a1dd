package my.gov.platform.commons.openapi;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The served contract declares each operation's security from the annotations the server enforces, and the shared answers. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class PlatformOpenApiFilterTest {
    private static final String PROBES = "paths.'/v1/contract-probes'";

    private static JsonPath contract() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anyOneOfTheScopesSufficesWithABearerOrADpopToken() {
        assertThat(contract().getList(PROBES + ".get.security", Map.class)).containsExactly(
                Map.of("bearer", List.of("probes.read")), Map.of("bearer", List.of("probes.write")),
                Map.of("dpop", List.of("probes.read")), Map.of("dpop", List.of("probes.write")));
    }

    @Test
    void aPublicOperationSaysSoAndAnyTokenIsAnEmptyScopeList() {
        JsonPath contract = contract();
        assertThat(contract.getList("paths.'/v1/contract-probes/public'.get.security")).isEmpty();
        assertThat(contract.getMap("paths.'/v1/contract-probes/public'.get.responses")).doesNotContainKeys("401", "403");
        assertThat(contract.getList("paths.'/v1/contract-probes/any-token'.get.security", Map.class))
                .containsExactly(Map.of("bearer", List.of()), Map.of("dpop", List.of()));
        assertThat(contract.getString("components.securitySchemes.dpop.scheme")).isEqualTo("DPoP");
        assertThat(contract.getString("components.securitySchemes.bearer.description")).contains("RFC8725");
    }

    @Test
    void sharedAnswersAndRateLimitHeadersAreDeclared() {
        JsonPath contract = contract();
        assertThat(contract.getMap(PROBES + ".get.responses")).containsKeys("200", "400", "401", "403", "429", "500");
        assertThat(contract.getMap(PROBES + ".get.responses.'429'.headers")).containsKeys("Retry-After", "RateLimit", "RateLimit-Policy");
        assertThat(contract.getMap(PROBES + ".get.responses.'200'.headers")).containsKeys("RateLimit", "RateLimit-Policy");
        assertThat(contract.getMap(PROBES + ".get.responses.'429'.content.'application/problem+json'.schema"))
                .containsEntry("$ref", "#/components/schemas/Problem");
    }

    @Test
    void aListWithoutItsOwnBadRequestAnswerSaysABadLimitOrCursorIsRefusedAndShowsTheProblem() {
        JsonPath contract = contract();
        String refused = "paths.'/v1/contract-probes/pages'.get.responses.'400'";
        assertThat(contract.getString(refused + ".description")).contains("limit", "cursor");
        assertThat(contract.getMap(refused + ".content.'application/problem+json'.schema"))
                .containsEntry("$ref", "#/components/schemas/Problem");
        assertThat(contract.getMap(refused + ".content.'application/problem+json'.example"))
                .containsEntry("type", "/problems/validation-failed").containsEntry("status", 400)
                .containsEntry("detail", "cursor: is not a cursor this API issued").containsKey("title");
        assertThat(contract.getString(PROBES + ".get.responses.'400'.description")).doesNotContain("cursor");
    }

    @Test
    void everySharedProblemAnswerShowsAnExampleBodyWithItsStatus() {
        JsonPath contract = contract();
        for (String status : List.of("400", "401", "403", "429", "500")) {
            assertThat(contract.getMap(PROBES + ".get.responses.'" + status + "'.content.'application/problem+json'.example"))
                    .containsKeys("type", "title", "detail").containsEntry("status", Integer.parseInt(status));
        }
    }

    @Test
    void anOperationThatMakesPagesDeclaresItsTooManyRequestsAnswerAsAPageToo() {
        JsonPath contract = contract();
        assertThat(contract.getMap("paths.'/v1/edge-probes/page'.get.responses.'429'.content"))
                .containsKeys("text/html", "application/problem+json");
        assertThat(contract.getMap(PROBES + ".get.responses.'429'.content")).containsOnlyKeys("application/problem+json");
    }

    @Test
    void unlimitedParametersGetTheLengthTheEdgeAllows() {
        JsonPath contract = contract();
        assertThat(contract.getInt(PROBES + ".get.parameters.find { it.name == 'q' }.schema.maxLength")).isEqualTo(4096);
        assertThat(contract.getInt(PROBES + ".get.parameters.find { it.name == 'X-Note' }.schema.maxLength")).isEqualTo(20 * 1024);
    }
}
