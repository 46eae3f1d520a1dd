package my.gov.platform.exchange.members;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.admin;
import static my.gov.platform.exchange.ExchangeFixtures.agreementBody;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.owner;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class MemberApiTest {

    @Test
    void membersAreKnownByTheirIdentityClientsAndOnlyConsumerMembersRequestAgreements() {
        given().when().get("/v1/members/JPN").then().statusCode(200)
                .body("clientId", equalTo("demo-registry-agency")).body("roles", hasItems("PROVIDER", "CONSUMER"));
        String body = agreementBody("POPULATION", List.of("fullName"), "ELIGIBILITY_ASSESSMENT", "2026-01-01", "2026-12-31", 5);
        given().auth().oauth2(consumer("MPK")).contentType(ContentType.JSON).body(body)
                .when().post("/v1/agreements").then().statusCode(403);

        String member = "{\"name\": \"Majlis Perbandaran Kajang\", \"clientId\": \"mpk-portal\", \"provider\": false, \"consumer\": true}";
        given().auth().oauth2(owner("MPK")).contentType(ContentType.JSON).body(member)
                .when().put("/v1/members/MPK").then().statusCode(403);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(member)
                .when().put("/v1/members/MPK").then().statusCode(200).body("roles", equalTo(List.of("CONSUMER")));
        given().auth().oauth2(consumer("MPK")).contentType(ContentType.JSON).body(body)
                .when().post("/v1/agreements").then().statusCode(201);
    }
}
