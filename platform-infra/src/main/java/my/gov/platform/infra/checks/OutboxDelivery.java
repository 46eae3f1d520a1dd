package my.gov.platform.infra.checks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every change a service committed is announced exactly once: each event its outbox marked published
 * is on the service's topic once, none missing and none twice, and nothing waits unpublished.
 * (Published rows are pruned after seven days, so the topic may also hold older events; they are counted, not judged.)
 */
final class OutboxDelivery {
    private OutboxDelivery() {
    }

    static Check check(String service, Connection database, String topic, Map<String, TopicEvents.Delivered> onTopic)
            throws SQLException {
        Set<String> published = new HashSet<>();
        long pending = 0;
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id, published_at IS NOT NULL FROM outbox_event")) {
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    published.add(rows.getString(1));
                } else {
                    pending++;
                }
            }
        }
        long missing = published.stream().filter(id -> !onTopic.containsKey(id)).count();
        long twice = onTopic.values().stream().filter(event -> event.copies() > 1).count();
        return Check.of(service + ": each committed event on " + topic + " exactly once",
                missing == 0 && twice == 0 && pending == 0,
                "published %d, on topic %d, missing %d, duplicated %d, unpublished %d",
                published.size(), onTopic.size(), missing, twice, pending);
    }
}
