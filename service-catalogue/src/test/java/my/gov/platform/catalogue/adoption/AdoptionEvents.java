package my.gov.platform.catalogue.adoption;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import my.gov.platform.commons.events.CloudEventCodec;
import my.gov.platform.testing.PlatformTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** The payment and sign-in events the catalogue counts, published to the real broker as the other services publish them. */
final class AdoptionEvents {
    private AdoptionEvents() {
    }

    static CloudEvent payment(String serviceId, long sen) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/payment-gateway-service"))
                .withType("my.gov.payment.succeeded").withSubject("payment-key").withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(("{\"paymentId\":\"" + UUID.randomUUID() + "\",\"serviceId\":\"" + serviceId
                        + "\",\"amount\":{\"currency\":\"MYR\",\"value\":" + sen + "}}").getBytes(StandardCharsets.UTF_8))
                .build();
    }

    static CloudEvent login(String serviceId) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/identity-service"))
                .withType("my.gov.login.succeeded").withSubject("login-key").withTime(OffsetDateTime.now())
                .withDataContentType("application/json")
                .withData(("{\"clientId\":\"demo-portal\",\"serviceId\":\"" + serviceId + "\"}").getBytes(StandardCharsets.UTF_8))
                .build();
    }

    static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformTestResource.kafkaBootstrap()),
                new StringSerializer(), new StringSerializer());
    }

    static void send(KafkaProducer<String, String> producer, String topic, CloudEvent event) {
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
