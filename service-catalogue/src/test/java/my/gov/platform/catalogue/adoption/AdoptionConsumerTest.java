package my.gov.platform.catalogue.adoption;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.catalogue.services.ServiceBodies;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Adoption counted from events published to the real broker, each counted once. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PaymentBeforeStart.class, scope = TestResourceScope.GLOBAL)
class AdoptionConsumerTest {

    @Test
    void aPaymentPublishedBeforeTheCatalogueStartedIsCountedForItsReferenceService() {
        String serviceId = given().queryParam("q", PaymentBeforeStart.SERVICE_CODE).queryParam("limit", 1)
                .when().get("/v1/search").then().statusCode(200)
                .body("items[0].code", equalTo(PaymentBeforeStart.SERVICE_CODE)).extract().path("items[0].id");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                given().when().get("/v1/services/" + serviceId + "/adoption").then().statusCode(200)
                        .body("payments", equalTo(1)).body("paymentsTotal.value", equalTo((int) PaymentBeforeStart.SEN)));
    }

    @Test
    void aPaymentDeliveredTwiceIsCountedOnce() {
        String code = ServiceBodies.uniqueCode("JPJ-PAY");
        String serviceId = create(code);
        CloudEvent payment = AdoptionEvents.payment(serviceId, 3000);
        try (KafkaProducer<String, String> producer = AdoptionEvents.producer()) {
            AdoptionEvents.send(producer, "payment.events", payment);
            AdoptionEvents.send(producer, "payment.events", payment);
            // a later payment naming the service by code, on the same partition: once it is counted, the duplicate before it was seen
            AdoptionEvents.send(producer, "payment.events", AdoptionEvents.payment(code, 1500));
        }
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                given().when().get("/v1/services/" + serviceId + "/adoption").then().statusCode(200)
                        .body("payments", equalTo(2)));
        given().when().get("/v1/services/" + serviceId + "/adoption").then()
                .body("payments", equalTo(2)).body("paymentsTotal.value", equalTo(4500)).body("signIns", equalTo(0));
    }

    @Test
    void aSignInDeliveredTwiceIsCountedOnce() {
        String serviceId = create(ServiceBodies.uniqueCode("JPJ-SSO"));
        CloudEvent login = AdoptionEvents.login(serviceId);
        try (KafkaProducer<String, String> producer = AdoptionEvents.producer()) {
            AdoptionEvents.send(producer, "identity.events", login);
            AdoptionEvents.send(producer, "identity.events", login);
            AdoptionEvents.send(producer, "identity.events", AdoptionEvents.login(serviceId));
        }
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                given().when().get("/v1/services/" + serviceId + "/adoption").then().body("signIns", equalTo(2)));
    }

    @Test
    void anUnknownServiceHasNoAdoption() {
        given().when().get("/v1/services/" + UUID.randomUUID() + "/adoption").then().statusCode(404);
    }

    private static String create(String code) {
        return given().auth().oauth2(TestTokens.agency("JPJ").scopes("catalogue.write").token())
                .contentType("application/json").body(ServiceBodies.service(code, "O"))
                .when().post("/v1/services").then().statusCode(201).extract().path("id");
    }
}
