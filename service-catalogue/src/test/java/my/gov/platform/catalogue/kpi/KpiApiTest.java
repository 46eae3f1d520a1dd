package my.gov.platform.catalogue.kpi;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class KpiApiTest {

    @Test
    void ratesSnapshotsTargetsAndTheReportMatchAHandComputedSet() {
        String agency = "KPI" + (System.nanoTime() % 100000);
        String editor = TestTokens.agency(agency).scopes("catalogue.write").token();
        String admin = TestTokens.person("admin", "platform-admin").assurance(2).token();
        String e2e = create(editor, agency, "O");
        String separa = create(editor, agency, "OC");
        String counter = create(editor, agency, "C");
        create(editor, agency, "M");

        // 1 of 4 services is E2E: 25.0 %
        given().queryParam("dimension", "AGENCY").when().queryParam("limit", 100).get("/v1/kpi/e2e-rates").then().statusCode(200)
                .body("items.find { it.key == '" + agency + "' }.total", equalTo(4))
                .body("items.find { it.key == '" + agency + "' }.e2e", equalTo(1))
                .body("items.find { it.key == '" + agency + "' }.ratePercent", equalTo(25.0f));
        snapshot(admin, "2091-Q1");

        // two services go fully online: 3 of 4, 75.0 %
        update(editor, separa, "OO");
        update(editor, counter, "O");
        snapshot(admin, "2091-Q2");

        // a 40 % rise on 25.0 is 35.0; achieved 75.0 is (75-25)/(35-25) = 500 % of the planned rise
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("dimension", "AGENCY", "key", agency, "baselineQuarter", "2091-Q1", "targetQuarter", "2091-Q2", "risePercent", 40))
                .when().post("/v1/kpi/targets").then().statusCode(201)
                .body("baselineRate", equalTo(25.0f)).body("targetRate", equalTo(35.0f))
                .body("achievedRate", equalTo(75.0f)).body("progressPercent", equalTo(500.0f)).body("met", equalTo(true));

        given().when().get("/v1/kpi/reports/2091-Q1").then().statusCode(200)
                .body("rates.find { it.dimension == 'AGENCY' && it.key == '" + agency + "' }.ratePercent", equalTo(25.0f));
        given().when().get("/v1/kpi/reports/2091-Q2").then().statusCode(200)
                .body("rates.find { it.dimension == 'AGENCY' && it.key == '" + agency + "' }.e2e", equalTo(3))
                .body("targets.key", hasItem(agency));
        given().accept("text/csv").when().get("/v1/kpi/reports/2091-Q2").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("RATE,AGENCY," + agency + ",4,3,75.0"))
                .body(containsString("TARGET,AGENCY," + agency + ",,,,2091-Q1,25.0,35.0,75.0,500.0,true"));
        given().queryParam("lang", "en").when().get("/kpi/reports/2091-Q2").then().statusCode(200)
                .body(containsString("AGENCY · " + agency)).body(containsString("75.0% (3/4)")).body(containsString("500.0%"));
        given().when().get("/kpi/reports/2091-Q2.csv").then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("RATE,AGENCY," + agency + ",4,3,75.0"));
        given().when().get("/v1/services/" + e2e).then().body("e2e.status", equalTo("E2E"));
    }

    @Test
    void onlyAdministratorsTakeSnapshotsAndAnUnknownQuarterIsNotFound() {
        given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token()).contentType(ContentType.JSON)
                .body(Map.of("quarter", "2091-Q3")).when().post("/v1/kpi/snapshots").then().statusCode(403);
        given().auth().oauth2(TestTokens.agency("JDN").scopes("catalogue.admin").token()).contentType(ContentType.JSON)
                .body(Map.of("quarter", "2091-Q4")).when().post("/v1/kpi/snapshots").then().statusCode(201)
                .body("rates.find { it.dimension == 'OVERALL' }.key", equalTo("ALL"));
        given().when().get("/v1/kpi/reports/1999-Q1").then().statusCode(404);
        given().when().get("/v1/kpi/reports/nope").then().statusCode(400);
    }

    private static String create(String token, String agency, String modes) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(ServiceBodies.service(ServiceBodies.uniqueCode(agency), modes))
                .when().post("/v1/services").then().statusCode(201).extract().path("id");
    }

    private static void update(String token, String id, String modes) {
        String code = given().when().get("/v1/services/" + id).then().extract().path("code");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ServiceBodies.service(code, modes))
                .when().put("/v1/services/" + id).then().statusCode(200);
    }

    private static void snapshot(String admin, String quarter) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("quarter", quarter))
                .when().post("/v1/kpi/snapshots").then().statusCode(201);
    }
}
