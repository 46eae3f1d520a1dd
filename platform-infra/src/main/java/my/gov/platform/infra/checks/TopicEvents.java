package my.gov.platform.infra.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every CloudEvent on a topic, read from the beginning up to the end offsets of the moment, by event
 * id with the number of times it was delivered. Reads without a consumer group, so it moves nobody's offsets.
 */
final class TopicEvents {
    /** One event id as seen on the topic: its type and data (of its first copy) and how many copies there are. */
    record Delivered(String type, JsonNode data, int copies) {
        Delivered again() {
            return new Delivered(type, data, copies + 1);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private TopicEvents() {
    }

    static Map<String, Delivered> read(String bootstrap, String topic) throws IOException {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Delivered> events = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(15));
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(15)) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    JsonNode event = JSON.readTree(record.value());
                    events.merge(event.path("id").asText(), new Delivered(event.path("type").asText(), event.path("data"), 1),
                            (first, copy) -> first.again());
                }
            }
        }
        return events;
    }
}
