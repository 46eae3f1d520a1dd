package my.gov.platform.identity.clients;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import my.gov.platform.commons.changes.DataVersions;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.memory.TtlCache;

import java.time.Clock;
import java.util.Optional;

/**
 * Clients by client id, read from memory on the OAuth endpoints. The copies are detached and only
 * read; a change committed on this instance is seen at once, one from another instance within about a
 * second (the {@code clients} data set, migration V220), {@code mygov.identity.memory-time-to-live} being
 * the bound should that poll fail. Unknown ids are remembered too, so a flood of them
 * does not reach the database more than once per id and period.
 */
@ApplicationScoped
public class ClientDirectory {
    static final String DATA_SET = "clients";
    private static final int MAX_CLIENTS = 5_000;

    private final TtlCache<String, Optional<OAuthClient>> clients;

    ClientDirectory(IdentityConfig config) {
        clients = new TtlCache<>(config.memoryTimeToLive(), MAX_CLIENTS, Clock.systemUTC());
    }

    public Optional<OAuthClient> byClientId(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return clients.get(clientId, id -> QuarkusTransaction.requiringNew().call(() -> OAuthClient.byClientId(id)));
    }

    /** An active client with this id. */
    public Optional<OAuthClient> active(String clientId) {
        return byClientId(clientId).filter(c -> c.status == ClientStatus.ACTIVE);
    }

    void watchElsewhere(@Observes StartupEvent start, DataVersions versions) {
        versions.onChange(DATA_SET, clients::invalidateAll);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClientRegistryChanged change) {
        clients.invalidate(change.clientId());
    }
}
