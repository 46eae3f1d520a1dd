package my.gov.platform.commons.security;

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

/** Puts events on the real broker's {@code identity.events} as identity-service's outbox relay does. */
final class IdentityTopic {
    private IdentityTopic() {
    }

    static CloudEvent event(String type, String subject, String data) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/identity-service"))
                .withType(type).withSubject(subject).withTime(OffsetDateTime.now())
                .withDataContentType("application/json").withData(data.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** Sends the event {@code deliveries} times, as an at-least-once relay may. */
    static void send(CloudEvent event, int deliveries) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformTestResource.kafkaBootstrap()),
                new StringSerializer(), new StringSerializer())) {
            for (int delivery = 0; delivery < deliveries; delivery++) {
                ProducerRecord<String, String> record = new ProducerRecord<>("identity.events", event.getSubject(),
                        new String(CloudEventCodec.encode(event), StandardCharsets.UTF_8));
                record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        }
    }
}
