package my.gov.platform.catalogue.reference;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ReferenceDataApiTest {

    @Test
    void theGuidesListsArePublic() {
        given().when().get("/v1/reference-data").then().statusCode(200)
                .body("sectors.size()", equalTo(6))
                .body("targetGroups.code", hasItems("G2C", "G2B", "G2G", "G2E"))
                .body("lifeEvents.findAll { it.parent == 'G2C' }.size()", equalTo(14))
                .body("lifeEvents.findAll { it.parent == 'G2B' }.size()", equalTo(5))
                .body("lifeEvents.findAll { it.parent == 'G2G' }.size()", equalTo(11))
                .body("lifeEvents.findAll { it.parent == 'G2E' }.size()", equalTo(9))
                .body("lifeEvents[0].nameMs", equalTo("Kelahiran"))
                .body("personas.size()", equalTo(17))
                .body("processes.size()", equalTo(20))
                .body("clusters.find { it.code == 'KESELAMATAN_DALAM_NEGERI' }.parent", equalTo("KESELAMATAN"));
        given().when().get("/v1/reference-data/personas").then().statusCode(200).body("items.nameEn", hasItem("Pregnant mothers"));
        given().when().get("/v1/reference-data/no-such-list").then().statusCode(404);
    }

    @Test
    void administratorsManageEntriesOthersMayNot() {
        Map<String, String> domain = Map.of("nameMs", "Ekonomi Digital", "nameEn", "Digital Economy", "parent", "EKONOMI");
        given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token()).contentType(ContentType.JSON).body(domain)
                .when().put("/v1/reference-data/domains/EKONOMI_DIGITAL").then().statusCode(403);
        given().contentType(ContentType.JSON).body(domain)
                .when().put("/v1/reference-data/domains/EKONOMI_DIGITAL").then().statusCode(401);

        // An administrator who signed in with a password alone is asked to step up (RFC 9470), not refused outright.
        given().auth().oauth2(TestTokens.person("admin", "platform-admin").token()).contentType(ContentType.JSON).body(domain)
                .when().put("/v1/reference-data/domains/EKONOMI_DIGITAL").then().statusCode(401)
                .header("WWW-Authenticate", containsString("acr_values=\"urn:mygov:loa:2\""))
                .body("type", endsWith("/problems/insufficient-user-authentication"));
        given().auth().oauth2(TestTokens.person("admin", "platform-admin").assurance(2).token()).contentType(ContentType.JSON).body(domain)
                .when().put("/v1/reference-data/domains/EKONOMI_DIGITAL").then().statusCode(200).body("parent", equalTo("EKONOMI"));
        given().auth().oauth2(TestTokens.agency("JDN").scopes("catalogue.admin").token()).contentType(ContentType.JSON)
                .body(Map.of("nameMs", "Ekonomi Digital dan Data", "nameEn", "Digital and Data Economy", "parent", "EKONOMI"))
                .when().put("/v1/reference-data/domains/EKONOMI_DIGITAL").then().statusCode(200);
        given().queryParam("limit", 100).when().get("/v1/reference-data/domains").then()
                .body("items.find { it.code == 'EKONOMI_DIGITAL' }.nameEn", equalTo("Digital and Data Economy"));

        given().auth().oauth2(TestTokens.person("admin", "platform-admin").assurance(2).token()).contentType(ContentType.JSON)
                .body(Map.of("nameMs", "X", "nameEn", "X", "parent", "G9X"))
                .when().put("/v1/reference-data/life-events/PERISTIWA_X").then().statusCode(400)
                .body("violations.field", hasItem("parent"));
    }
}
