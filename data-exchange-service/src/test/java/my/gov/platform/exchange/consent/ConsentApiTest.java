package my.gov.platform.exchange.consent;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import my.gov.platform.testing.DpopKey;
import my.gov.platform.testing.EventCapture;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.citizen;
import static my.gov.platform.exchange.ExchangeFixtures.citizenWithSecondFactor;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.productId;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ConsentApiTest {
    /** Another person's record than the other tests query, so that these grants change nothing they expect. */
    private static final String OTHER_CITIZEN = "920315-10-5678";

    @ConfigProperty(name = "mygov.public-base-url")
    String publicBaseUrl;

    @Test
    void consentRequiredDataFlowsOnlyWhileTheCitizensConsentIsInForce() {
        String subject = UUID.randomUUID().toString();
        String agreement = approvedAgreement("JPJ", "POPULATION", "JPN", List.of("fullName", "address"), "LICENSING", 100);
        Map<String, Object> ask = Map.of("product", "POPULATION", "agreementId", agreement, "purposeCode", "LICENSING",
                "recordKey", DEMO_CITIZEN);

        query("JPJ", ask).then().statusCode(403).contentType(PROBLEM_JSON).body("type", endsWith("/problems/consent-missing"));

        String consentId;
        try (EventCapture events = EventCapture.of("exchange.events")) {
            consentId = given().auth().oauth2(citizenWithSecondFactor(subject, DEMO_CITIZEN)).contentType(ContentType.JSON).body("""
                            {"consumerAgency": "JPJ", "productId": "%s", "purposeCode": "LICENSING", "fields": ["address"],
                             "expiresAt": "2099-01-01T00:00:00Z", "mykadNumber": "%s"}""".formatted(productId("POPULATION"), DEMO_CITIZEN))
                    .when().post("/v1/consents").then().statusCode(201).body("status", equalTo("GRANTED"))
                    .extract().path("id");
            events.awaitEvent("my.gov.consent.granted", consentId);
        }

        query("JPJ", ask).then().statusCode(200).body("data.address", equalTo("No. 12, Jalan P9E/3, Presint 9, 62250 Putrajaya"));
        given().auth().oauth2(citizen(subject, DEMO_CITIZEN)).when().get("/v1/me/access-log").then().statusCode(200)
                .body("items.consumerAgency", hasItem("JPJ"))
                .body("items.purposeCode", hasItem("LICENSING"));

        given().auth().oauth2(citizen(UUID.randomUUID().toString(), DEMO_CITIZEN)).when().post("/v1/consents/" + consentId + "/revoke")
                .then().statusCode(404);
        try (EventCapture events = EventCapture.of("exchange.events")) {
            given().auth().oauth2(citizen(subject, DEMO_CITIZEN)).when().post("/v1/consents/" + consentId + "/revoke")
                    .then().statusCode(200).body("status", equalTo("REVOKED"));
            events.awaitEvent("my.gov.consent.revoked", consentId);
        }
        query("JPJ", ask).then().statusCode(403).contentType(PROBLEM_JSON).body("type", endsWith("/problems/consent-revoked"));
        given().auth().oauth2(citizen(subject, DEMO_CITIZEN)).when().get("/v1/me/consents").then().statusCode(200)
                .body("items[0].status", equalTo("REVOKED"));
    }

    @Test
    void aConsentIsForTheMyKadNumberOfTheCitizensTokenAndNoOther() {
        String subject = UUID.randomUUID().toString();
        String someoneElse = "900202-10-5566";
        grant(citizenWithSecondFactor(subject, DEMO_CITIZEN), someoneElse).then().statusCode(403).contentType(PROBLEM_JSON)
                .body("type", endsWith("/problems/forbidden")).body("detail", containsString("own MyKad"));

        String consentId = grant(citizenWithSecondFactor(subject, DEMO_CITIZEN), null).then().statusCode(201).extract().path("id");
        String agreement = approvedAgreement("SSM", "POPULATION", "JPN", List.of("address"), "LICENSING", 10);
        query("SSM", Map.of("product", "POPULATION", "agreementId", agreement, "purposeCode", "LICENSING",
                "recordKey", DEMO_CITIZEN)).then().statusCode(200);
        query("SSM", Map.of("product", "POPULATION", "agreementId", agreement, "purposeCode", "LICENSING",
                "recordKey", someoneElse)).then().statusCode(403).body("type", endsWith("/problems/consent-missing"));
        given().auth().oauth2(citizen(subject, DEMO_CITIZEN)).when().get("/v1/consents/" + consentId).then().statusCode(200);
    }

    @Test
    void aTokenWithoutTheMyKadClaimCannotGrantListOrRevokeConsentsNorSeeReads() {
        String subject = UUID.randomUUID().toString();
        String consentId = grant(citizenWithSecondFactor(subject, DEMO_CITIZEN), DEMO_CITIZEN).then().statusCode(201).extract().path("id");
        String withoutClaim = TestTokens.person(subject, "citizen").assurance(2).token();

        grant(withoutClaim, "900202-10-5566").then().statusCode(403).contentType(PROBLEM_JSON)
                .body("detail", containsString("mykad_number"));
        for (String path : List.of("/v1/me/consents", "/v1/me/access-log", "/v1/consents/" + consentId)) {
            given().auth().oauth2(withoutClaim).when().get(path).then().statusCode(403).contentType(PROBLEM_JSON);
        }
        given().auth().oauth2(withoutClaim).when().post("/v1/consents/" + consentId + "/revoke").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        given().auth().oauth2(citizen(subject, DEMO_CITIZEN)).when().get("/v1/consents/" + consentId).then()
                .body("status", equalTo("GRANTED"));
    }

    private static Response grant(String token, String bodyMykad) {
        String mykadMember = bodyMykad == null ? "" : ", \"mykadNumber\": \"" + bodyMykad + "\"";
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"consumerAgency": "SSM", "productId": "%s", "purposeCode": "LICENSING", "fields": ["address"],
                         "expiresAt": "2099-01-01T00:00:00Z"%s}""".formatted(productId("POPULATION"), mykadMember))
                .when().post("/v1/consents");
    }

    @Test
    void grantingAConsentOnAPasswordAloneAsksForASecondFactor() {
        given().auth().oauth2(citizen(UUID.randomUUID().toString(), OTHER_CITIZEN)).contentType(ContentType.JSON).body(grantToJpj())
                .when().post("/v1/consents").then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer error=\"insufficient_user_authentication\""))
                .header("WWW-Authenticate", containsString("acr_values=\"urn:mygov:loa:2\""))
                .body("type", endsWith("/problems/insufficient-user-authentication"));
    }

    @Test
    void aCitizensDpopBoundTokenWorksOnlyWithItsProof() {
        String subject = UUID.randomUUID().toString();
        DpopKey key = DpopKey.generate();
        String bound = TestTokens.person(subject, "citizen").mykadNumber(OTHER_CITIZEN).assurance(2).boundToKey(key.thumbprint()).token();
        given().auth().oauth2(bound).contentType(ContentType.JSON).body(grantToJpj()).when().post("/v1/consents")
                .then().statusCode(401).header("WWW-Authenticate", containsString("DPoP error=\"invalid_token\""));
        given().header("Authorization", "DPoP " + bound).header("DPoP", key.proof("POST", publicBaseUrl + "/v1/consents", bound))
                .contentType(ContentType.JSON).body(grantToJpj()).when().post("/v1/consents").then().statusCode(201);
    }

    private static String grantToJpj() {
        return """
                {"consumerAgency": "JPJ", "productId": "%s", "purposeCode": "LICENSING", "fields": ["address"],
                 "expiresAt": "2099-01-01T00:00:00Z", "mykadNumber": "%s"}""".formatted(productId("POPULATION"), OTHER_CITIZEN);
    }

    @Test
    void onlyCitizensGrantConsent() {
        given().auth().oauth2(consumer("JPJ")).contentType(ContentType.JSON).body("{}")
                .when().post("/v1/consents").then().statusCode(403).contentType(PROBLEM_JSON);
    }
}
