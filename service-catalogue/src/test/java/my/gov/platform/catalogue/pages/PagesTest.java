package my.gov.platform.catalogue.pages;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.catalogue.services.ServiceBodies;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class PagesTest {

    @Test
    void homeSearchesAndBrowsesInEitherLanguage() {
        given().queryParam("q", "lesen memandau").when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Language", "ms")
                .body(allOf(containsString("<html lang=\"ms\">"), containsString("Langkau ke kandungan utama"),
                        containsString("Lesen Memandu"), containsString("Peristiwa kehidupan"), containsString("Kelahiran"),
                        containsString("Ibu Hamil")));
        given().queryParam("lang", "en").when().get("/").then().statusCode(200)
                .cookie("lang", "en")
                .body(allOf(containsString("<html lang=\"en\">"), containsString("Life events"), containsString("Birth"),
                        containsString("Pregnant mothers"), containsString("lang=ms")));
        given().header("Accept-Language", "en-GB,en;q=0.9").when().get("/").then().header("Content-Language", "en");
        given().cookie("lang", "en").header("Accept-Language", "ms").when().get("/").then().header("Content-Language", "en");
    }

    @Test
    void servicePageShowsTheStatusTheReasonAndTheStepThatBreaksIt() {
        Map<String, Object> body = ServiceBodies.service(ServiceBodies.uniqueCode("JPJ-PAGE"), "OM");
        body.put("steps", List.of(
                Map.of("process", "REGISTER", "channel", "WEB", "mode", "ONLINE", "asksFor", List.of("fullName")),
                Map.of("process", "INSPECT", "channel", "BERSEMUKA", "mode", "MANUAL_FACE_TO_FACE")));
        String id = given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token())
                .contentType("application/json").body(body).when().post("/v1/services").then().statusCode(201).extract().path("id");
        given().queryParam("lang", "en").when().get("/services/" + id).then().statusCode(200)
                .body(allOf(containsString("Separa E2E"), containsString("Step 2 (INSPECT over BERSEMUKA)"),
                        containsString("class=\"breaks\""), containsString("RM 30.00"), containsString("Inspect")));
        given().when().get("/services/" + id).then().statusCode(200)
                .body(allOf(containsString("Langkah 2"), containsString("Periksa")));
    }

    @Test
    void kpiDashboardDrawsBarsAndPortalListsTheSuite() {
        given().queryParam("lang", "en").when().get("/kpi").then().statusCode(200)
                .body(allOf(containsString("<svg"), containsString("<rect"), containsString("Social 1 (Community)"),
                        containsString("G2C Government to Citizen"), containsString("By sector")));
        given().queryParam("lang", "ms").when().get("/kpi").then().statusCode(200)
                .body(allOf(containsString("Kadar perkhidmatan E2E"), containsString("Mengikut sektor")));
        given().when().get("/portal").then().statusCode(200)
                .body(allOf(containsString("payment-gateway-service"), containsString("identity-service"),
                        containsString("grant_type=client_credentials"), containsString("/q/swagger-ui")));
        given().when().get("/portal/service-catalogue").then().statusCode(200).body(containsString("Swagger UI"));
        given().when().get("/portal/no-such-api").then().statusCode(404);
    }

    @Test
    void textIsEscaped() {
        given().queryParam("q", "<script>alert(1)</script>").when().get("/").then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")));
        given().when().get("/").then().statusCode(200).body(containsString("<h1>Katalog Perkhidmatan Kerajaan</h1>"))
                .header("Content-Language", equalTo("ms"));
    }
}
