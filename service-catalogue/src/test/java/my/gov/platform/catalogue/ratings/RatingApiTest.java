package my.gov.platform.catalogue.ratings;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.catalogue.services.ServiceBodies;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class RatingApiTest {

    @Test
    void aCitizenRatesOnceAndRatingAgainReplacesIt() {
        String serviceId = given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token())
                .contentType(ContentType.JSON).body(ServiceBodies.service(ServiceBodies.uniqueCode("JPJ-RATE"), "O"))
                .when().post("/v1/services").then().statusCode(201).extract().path("id");
        String aminah = TestTokens.person("citizen-aminah", "citizen").token();
        String lim = TestTokens.person("citizen-lim", "citizen").token();

        given().auth().oauth2(aminah).contentType(ContentType.JSON).body(Map.of("stars", 2, "comment", "Lambat"))
                .when().post("/v1/services/" + serviceId + "/ratings")
                .then().statusCode(201).header("Location", containsString("/ratings/"));
        given().auth().oauth2(aminah).contentType(ContentType.JSON).body(Map.of("stars", 4, "comment", "Sudah baik"))
                .when().post("/v1/services/" + serviceId + "/ratings")
                .then().statusCode(200).body("stars", equalTo(4));
        given().auth().oauth2(lim).contentType(ContentType.JSON).body(Map.of("stars", 5))
                .when().post("/v1/services/" + serviceId + "/ratings").then().statusCode(201);

        given().when().get("/v1/services/" + serviceId + "/ratings").then().statusCode(200)
                .body("count", equalTo(2)).body("average", equalTo(4.5f))
                .body("ratings.items.comment", hasItem("Sudah baik"));
    }

    @Test
    void onlyCitizensRateAndStarsAreOneToFive() {
        String serviceId = given().queryParam("limit", 1).when().get("/v1/services").then().extract().path("items[0].id");
        given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token()).contentType(ContentType.JSON)
                .body(Map.of("stars", 5)).when().post("/v1/services/" + serviceId + "/ratings").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("stars", 5))
                .when().post("/v1/services/" + serviceId + "/ratings").then().statusCode(401);
        given().auth().oauth2(TestTokens.person("citizen-x", "citizen").token()).contentType(ContentType.JSON)
                .body(Map.of("stars", 6)).when().post("/v1/services/" + serviceId + "/ratings")
                .then().statusCode(400).body("type", endsWith("/problems/validation-failed"));
    }
}
