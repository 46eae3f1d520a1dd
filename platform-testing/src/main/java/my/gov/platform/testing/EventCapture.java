package my.gov.platform.testing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

/**
 * Reads a topic of the real broker from its beginning, so a test can wait for the events its
 * actions caused. Every event read is checked against its published JSON Schema.
 */
public final class EventCapture implements AutoCloseable {
    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    private EventCapture(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformTestResource.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "event-capture-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    public static EventCapture of(String topic) {
        return new EventCapture(topic);
    }

    /** Waits until an event matching the condition arrives, validates it, and returns it. */
    public CloudEvent awaitEvent(Predicate<CloudEvent> condition, Duration timeout) {
        CloudEvent[] found = new CloudEvent[1];
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            found[0] = events().stream().filter(condition).findFirst().orElse(null);
            return found[0] != null;
        });
        EventSchemaAssert.assertValid(found[0]);
        return found[0];
    }

    public CloudEvent awaitEvent(String type, Object subject) {
        return awaitEvent(e -> e.getType().equals(type) && e.getSubject().equals(subject.toString()), Duration.ofSeconds(30));
    }

    /** Polls once more and returns every event read so far, with their Kafka keys. */
    public List<ConsumerRecord<String, String>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records;
    }

    public List<CloudEvent> events() {
        return records.stream().map(r -> FORMAT.deserialize(r.value().getBytes(StandardCharsets.UTF_8))).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
