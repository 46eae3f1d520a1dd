package my.gov.platform.commons.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Inbox;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every service's reaction to {@code my.gov.user.deactivated}: the person is recorded in this
 * service's database and refused from then on, although their last access token has not expired.
 * The set is held in memory for the per-request check and reloaded from the database every few
 * seconds, so replicas that did not receive the event themselves follow within that interval.
 */
@ApplicationScoped
public class DeactivatedPeople {
    static final String EVENT_TYPE = "my.gov.user.deactivated";
    private static final String CONSUMER = "deactivated-people";
    private static final Logger LOG = Logger.getLogger(DeactivatedPeople.class);

    private final EntityManager entityManager;
    private final Inbox inbox;
    private final ObjectMapper json;
    private volatile Set<String> subjects = Set.of();

    DeactivatedPeople(EntityManager entityManager, Inbox inbox, ObjectMapper json) {
        this.entityManager = entityManager;
        this.inbox = inbox;
        this.json = json;
    }

    public boolean isDeactivated(String subject) {
        return subject != null && subjects.contains(subject);
    }

    /** Called by {@link WithdrawnTokenEvents} inside its transaction, for events of {@link #EVENT_TYPE}. */
    void onDeactivated(CloudEvent event) throws IOException {
        if (!inbox.firstDelivery(CONSUMER, UUID.fromString(event.getId()))) {
            return;
        }
        JsonNode data = json.readTree(event.getData().toBytes());
        UUID accountId = UUID.fromString(data.path("accountId").asText());
        entityManager.createNativeQuery("""
                        INSERT INTO deactivated_person (account_id, deactivated_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING""")
                .setParameter(1, accountId)
                .setParameter(2, OffsetDateTime.parse(data.path("deactivatedAt").asText()))
                .executeUpdate();
        Set<String> updated = new HashSet<>(subjects);
        updated.add(accountId.toString());
        subjects = Set.copyOf(updated);
        LOG.infof("Account %s deactivated by identity-service: its tokens are refused from now on", accountId);
    }

    void load(@Observes StartupEvent start) {
        reload();
    }

    @Scheduled(every = "${mygov.deactivated-people.reload-every:5s}", delayed = "5s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void reload() {
        @SuppressWarnings("unchecked")
        List<UUID> stored = entityManager.createNativeQuery("SELECT account_id FROM deactivated_person", UUID.class).getResultList();
        subjects = Set.copyOf(stored.stream().map(UUID::toString).toList());
    }
}
