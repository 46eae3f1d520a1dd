package my.gov.platform.commons.security;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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

/** A deactivation announced by identity-service on the real broker ends the person's still-valid tokens here. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class DeactivatedPeopleTest {

    @Test
    void aDeactivatedPersonsUnexpiredTokenIsRefusedWhileOthersStillWork() throws Exception {
        String leaver = UUID.randomUUID().toString();
        String colleague = UUID.randomUUID().toString();
        String leaverToken = TestTokens.person(leaver, "civil-servant").token();
        String colleagueToken = TestTokens.person(colleague, "civil-servant").token();
        given().auth().oauth2(leaverToken).when().get("/v1/whoami").then().statusCode(200).body(equalTo(leaver));

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformTestResource.kafkaBootstrap()),
                new StringSerializer(), new StringSerializer())) {
            CloudEvent deactivated = deactivation(leaver);
            for (int delivery = 0; delivery < 2; delivery++) {
                ProducerRecord<String, String> record = new ProducerRecord<>("identity.events", leaver,
                        new String(CloudEventCodec.encode(deactivated), StandardCharsets.UTF_8));
                record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(leaverToken).when().get("/v1/whoami").then().statusCode(401)
                        .contentType("application/problem+json"));
        given().auth().oauth2(colleagueToken).when().get("/v1/whoami").then().statusCode(200).body(equalTo(colleague));
    }

    private static CloudEvent deactivation(String accountId) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/identity-service"))
                .withType("my.gov.user.deactivated").withSubject(accountId).withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(("{\"accountId\":\"" + accountId + "\",\"kind\":\"CIVIL_SERVANT\",\"agency\":\"JPJ\","
                        + "\"deactivatedAt\":\"2026-11-25T08:00:00Z\",\"deactivatedBy\":\"admin\"}").getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
