package my.gov.platform.catalogue.services;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ServiceApiTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    static String jpj() {
        return TestTokens.agency("JPJ").scopes("catalogue.write").token();
    }

    @Test
    void registeringPersistsTheServiceAndPublishesItsEventThroughTheBroker() {
        String code = ServiceBodies.uniqueCode("JPJ-LESEN");
        try (EventCapture events = EventCapture.of("catalogue.events")) {
            String id = given().auth().oauth2(jpj()).contentType(ContentType.JSON).body(ServiceBodies.service(code, "OOC"))
                    .when().post("/v1/services")
                    .then().statusCode(201)
                    .header("Location", containsString("/v1/services/"))
                    .body("agency", equalTo("JPJ"))
                    .body("e2e.status", equalTo("SEPARA_E2E"))
                    .body("e2e.breakingStep", equalTo(3))
                    .extract().path("id");

            given().when().get("/v1/services/" + id)
                    .then().statusCode(200).body("code", equalTo(code)).body("fee.value", equalTo(3000))
                    .body("e2e.reason", containsString("Step 3"));

            CloudEvent event = events.awaitEvent("my.gov.service.registered", id);
            assertThat(event.getSource().toString()).isEqualTo("/service-catalogue");
            assertThat(event.getExtension("agency")).isEqualTo("JPJ");
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).contains(code).contains("SEPARA_E2E");
        }
    }

    @Test
    void updatingRecomputesTheStatusAndPublishesAnUpdate() {
        String code = ServiceBodies.uniqueCode("JPJ-UPD");
        String id = create(jpj(), ServiceBodies.service(code, "OM"));
        try (EventCapture events = EventCapture.of("catalogue.events")) {
            given().auth().oauth2(TestTokens.person("pegawai", "agency-admin").agencyClaim("JPJ").assurance(2).token())
                    .contentType(ContentType.JSON).body(ServiceBodies.service(code, "OO"))
                    .when().put("/v1/services/" + id)
                    .then().statusCode(200).body("e2e.status", equalTo("E2E"));
            CloudEvent event = events.awaitEvent("my.gov.service.updated", id);
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).contains("\"e2eStatus\":\"E2E\"");
        }
    }

    @Test
    void anotherAgencysServiceIsNotFoundForEditing() {
        String code = ServiceBodies.uniqueCode("JPJ-OWN");
        String id = create(jpj(), ServiceBodies.service(code, "O"));
        given().auth().oauth2(TestTokens.agency("JPN").scopes("catalogue.write").token())
                .contentType(ContentType.JSON).body(ServiceBodies.service(code, "M"))
                .when().put("/v1/services/" + id)
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", endsWith("/problems/not-found"));
        given().when().get("/v1/services/" + id).then().statusCode(200).body("e2e.status", equalTo("E2E"));
    }

    @Test
    void anAgencyCannotRegisterOrRenameAServiceIntoAnotherAgencysPrefix() {
        for (String foreign : List.of(ServiceBodies.uniqueCode("JPN-MYKAD"), ServiceBodies.uniqueCode("JPJX"))) {
            given().auth().oauth2(jpj()).contentType(ContentType.JSON).body(ServiceBodies.service(foreign, "O"))
                    .when().post("/v1/services")
                    .then().statusCode(422).contentType(PROBLEM_JSON)
                    .body("type", endsWith("/problems/code-outside-agency-prefix"))
                    .body("prefix", equalTo("JPJ-"));
        }
        String code = ServiceBodies.uniqueCode("JPJ-RENAME");
        String id = create(jpj(), ServiceBodies.service(code, "O"));
        given().auth().oauth2(jpj()).contentType(ContentType.JSON).body(ServiceBodies.service(ServiceBodies.uniqueCode("JPN-RENAME"), "O"))
                .when().put("/v1/services/" + id)
                .then().statusCode(422).body("type", endsWith("/problems/code-outside-agency-prefix"));
        given().when().get("/v1/services/" + id).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void aRecordNamingTwoTargetGroupsIsRefused() {
        Map<String, Object> body = ServiceBodies.service(ServiceBodies.uniqueCode("JPJ-MULTI"), "O");
        body.put("targetGroups", List.of("G2C", "G2B"));
        given().auth().oauth2(jpj()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/services")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/multiple-target-groups"))
                .body("detail", containsString("exactly one"))
                .body("targetGroups", hasItems("G2C", "G2B"));
    }

    @Test
    void aLifeEventOfAnotherGroupIsRefused() {
        Map<String, Object> body = ServiceBodies.service(ServiceBodies.uniqueCode("JPJ-LE"), "O");
        body.put("lifeEvent", "MEMULAKAN_PERNIAGAAN");
        given().auth().oauth2(jpj()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/services")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/life-event-outside-group"))
                .body("touchpoints", hasItem("KELAHIRAN"));
    }

    @Test
    void unknownReferenceCodesAreNamed() {
        Map<String, Object> body = ServiceBodies.service(ServiceBodies.uniqueCode("JPJ-REF"), "O");
        body.put("sector", "NOPE");
        body.put("processes", List.of("TELEPORT"));
        given().auth().oauth2(jpj()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/services")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItems("sector", "processes[0]"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(jpj()).contentType(ContentType.JSON).body("{\"code\": ")
                .when().post("/v1/services")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("title", notNullValue())
                .body("instance", equalTo("/v1/services"));
    }

    @Test
    void constraintViolationsNameEachField() {
        Map<String, Object> body = ServiceBodies.service("lower-case", "O");
        body.put("nameEn", "");
        given().auth().oauth2(jpj()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/services")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/validation-failed"))
                .body("violations.field", hasItems("code", "nameEn"));
    }

    @Test
    void theE2eStatusCannotBeTypedIn() {
        Map<String, Object> body = ServiceBodies.service(ServiceBodies.uniqueCode("JPJ-TYPED"), "M");
        body.put("e2eStatus", "E2E");
        given().auth().oauth2(jpj()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/services")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/malformed-request"))
                .body("violations.field", hasItem("e2eStatus"));
    }

    @Test
    void unknownIdIsNotFound() {
        given().when().get("/v1/services/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/not-found"))
                .body("detail", containsString("service"));
    }

    @Test
    void writingNeedsATokenWithTheRightScopeOrRole() {
        Map<String, Object> body = ServiceBodies.service(ServiceBodies.uniqueCode("JPJ-SEC"), "O");
        given().contentType(ContentType.JSON).body(body).when().post("/v1/services")
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.agency("JPJ").scopes("payments.read").token())
                .contentType(ContentType.JSON).body(body).when().post("/v1/services")
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", endsWith("/problems/forbidden"));
    }

    @Test
    void listingFiltersAndPages() {
        String agency = "T" + (System.nanoTime() % 100000);
        String token = TestTokens.agency(agency).scopes("catalogue.write").token();
        create(token, ServiceBodies.service(ServiceBodies.uniqueCode(agency), "O"));
        create(token, ServiceBodies.service(ServiceBodies.uniqueCode(agency), "M"));
        create(token, ServiceBodies.service(ServiceBodies.uniqueCode(agency), "C"));
        String cursor = given().queryParam("agency", agency).queryParam("limit", 2).when().get("/v1/services")
                .then().statusCode(200).body("items.size()", equalTo(2)).extract().path("nextCursor");
        given().queryParam("agency", agency).queryParam("limit", 2).queryParam("cursor", cursor).when().get("/v1/services")
                .then().statusCode(200).body("items.size()", equalTo(1));
        given().queryParam("agency", agency).queryParam("e2eStatus", "MANUAL").when().get("/v1/services")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].e2e.status", equalTo("MANUAL"));
    }

    @Test
    void eventContractIsServed() {
        given().when().get("/v1/event-schemas").then().statusCode(200)
                .body("topic", equalTo("catalogue.events"))
                .body("events.type", hasItems("my.gov.service.registered", "my.gov.service.updated"));
        given().when().get("/problems/multiple-target-groups").then().statusCode(200).body("status", equalTo(422));
    }

    static String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/v1/services").then().statusCode(201).extract().path("id");
    }
}
