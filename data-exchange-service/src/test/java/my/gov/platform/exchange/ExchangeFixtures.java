package my.gov.platform.exchange;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import my.gov.platform.exchange.products.ProviderAudience;
import my.gov.platform.testing.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Tokens and agreements the API tests share. */
public final class ExchangeFixtures {
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String DEMO_CITIZEN = "850101-14-5011";
    public static final String DECEASED_CITIZEN = "400101-14-5023";

    private ExchangeFixtures() {
    }

    public static String consumer(String agency) {
        return TestTokens.agency(agency).scopes("exchange.query").token();
    }

    public static String owner(String agency) {
        return TestTokens.agency(agency).scopes("exchange.provide").token();
    }

    public static String admin() {
        return TestTokens.agency("JDN").scopes("exchange.admin").token();
    }

    /** What the broker holds for an agency's registry: granted to its own client, for that agency alone. */
    public static String brokerTokenFor(String agency) {
        return TestTokens.client("data-exchange-broker").scopes(ProviderAudience.SCOPE)
                .audience(ProviderAudience.of(agency)).token();
    }

    /** A citizen's token as identity-service issues it to a client the citizen released their MyKad number to. */
    public static String citizen(String subject, String mykadNumber) {
        return TestTokens.person(subject, "citizen").mykadNumber(mykadNumber).token();
    }

    /** A citizen who signed in with a second factor (urn:mygov:loa:2), as granting a consent needs. */
    public static String citizenWithSecondFactor(String subject, String mykadNumber) {
        return TestTokens.person(subject, "citizen").mykadNumber(mykadNumber).assurance(2).token();
    }

    public static String productId(String code) {
        return given().when().get("/v1/products/" + code).then().statusCode(200).extract().path("id");
    }

    public static String agreementBody(String productCode, List<String> fields, String purpose, String from, String until,
                                       long volume) {
        return """
                {"productId": "%s", "fields": [%s], "purposeCode": "%s", "purposeText": "Test purpose",
                 "legalBasis": "Data Sharing Act 2025, approval JDN/DSA/2026/0001",
                 "validFrom": "%s", "validUntil": "%s", "volumeLimit": %d}"""
                .formatted(productId(productCode), String.join(", ", fields.stream().map(f -> "\"" + f + "\"").toList()),
                        purpose, from, until, volume);
    }

    public static String requestAgreement(String consumer, String productCode, List<String> fields, String purpose,
                                          String from, String until, long volume) {
        return given().auth().oauth2(consumer(consumer)).contentType(ContentType.JSON)
                .body(agreementBody(productCode, fields, purpose, from, until, volume))
                .when().post("/v1/agreements").then().statusCode(201).extract().path("id");
    }

    public static String approvedAgreement(String consumer, String productCode, String owner, List<String> fields,
                                           String purpose, long volume) {
        String id = requestAgreement(consumer, productCode, fields, purpose, "2026-01-01", "2099-12-31", volume);
        given().auth().oauth2(owner(owner)).when().post("/v1/agreements/" + id + "/approve").then().statusCode(200);
        return id;
    }

    public static Response query(String consumer, Map<String, Object> body) {
        return given().auth().oauth2(consumer(consumer)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/exchange/queries");
    }

    /**
     * The receipt of a query once its audit entry is completed, which happens just after the consumer
     * was answered; fails if it is still awaiting its provider after ten seconds.
     */
    public static Map<String, Object> completedReceipt(String consumer, String queryId) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> given().auth().oauth2(consumer(consumer)).when().get("/v1/exchange/queries/" + queryId + "/receipt")
                                .then().statusCode(200).extract().<Map<String, Object>>path(""),
                        receipt -> !"AWAITING_PROVIDER".equals(receipt.get("outcome")));
    }
}
