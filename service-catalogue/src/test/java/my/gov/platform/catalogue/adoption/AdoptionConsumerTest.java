package my.gov.platform.catalogue.adoption;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.catalogue.services.ServiceBodies;
import my.gov.platform.commons.events.CloudEventCodec;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Adoption counted from events published to the real broker, each counted once. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class AdoptionConsumerTest {

    @Test
    void aPaymentDeliveredTwiceIsCountedOnce() {
        String code = ServiceBodies.uniqueCode("JPJ-PAY");
        String serviceId = create(code);
        CloudEvent payment = payment(serviceId, 3000);
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, "payment.events", payment);
            send(producer, "payment.events", payment);
            // a later payment naming the service by code, on the same partition: once it is counted, the duplicate before it was seen
            send(producer, "payment.events", payment(code, 1500));
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
        CloudEvent login = login(serviceId);
        try (KafkaProducer<String, String> producer = producer()) {
            send(producer, "identity.events", login);
            send(producer, "identity.events", login);
            send(producer, "identity.events", login(serviceId));
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

    private static CloudEvent payment(String serviceId, long sen) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/payment-gateway-service"))
                .withType("my.gov.payment.succeeded").withSubject("payment-key").withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(("{\"paymentId\":\"" + UUID.randomUUID() + "\",\"serviceId\":\"" + serviceId
                        + "\",\"amount\":{\"currency\":\"MYR\",\"value\":" + sen + "}}").getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static CloudEvent login(String serviceId) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/identity-service"))
                .withType("my.gov.login.succeeded").withSubject("login-key").withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(("{\"clientId\":\"demo-portal\",\"serviceId\":\"" + serviceId + "\"}").getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformTestResource.kafkaBootstrap()),
                new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, String topic, CloudEvent event) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.getSubject(),
                    new String(CloudEventCodec.encode(event), StandardCharsets.UTF_8));
            // The header the outbox relay sends: structured-mode CloudEvents, as on the real topics.
            record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }
}
