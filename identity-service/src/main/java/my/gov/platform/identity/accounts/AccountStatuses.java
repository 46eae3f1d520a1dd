package my.gov.platform.identity.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import my.gov.platform.commons.changes.DataVersions;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.memory.TtlCache;

import java.time.Clock;
import java.util.UUID;

/**
 * Whether a person's account is still active, from memory, for every check of an access token. A
 * deactivation on this instance is seen as soon as it commits; one on another instance within about a
 * second (the {@code account-statuses} data set, migration V220), {@code mygov.identity.memory-time-to-live}
 * being the bound should that poll fail.
 */
@ApplicationScoped
public class AccountStatuses {
    static final String DATA_SET = "account-statuses";
    private static final int MAX_ACCOUNTS = 20_000;

    private final TtlCache<UUID, Boolean> active;

    AccountStatuses(IdentityConfig config) {
        active = new TtlCache<>(config.memoryTimeToLive(), MAX_ACCOUNTS, Clock.systemUTC());
    }

    /** Unknown accounts count as active: a token names an account only if this provider issued it for one. */
    public boolean isActive(UUID accountId) {
        return active.get(accountId, id -> QuarkusTransaction.requiringNew().call(() -> {
            Account account = Account.findById(id);
            return account == null || account.status == AccountStatus.ACTIVE;
        }));
    }

    void watchElsewhere(@Observes StartupEvent start, DataVersions versions) {
        versions.onChange(DATA_SET, active::invalidateAll);
    }

    void deactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeactivated deactivated) {
        active.invalidate(deactivated.accountId());
    }
}
