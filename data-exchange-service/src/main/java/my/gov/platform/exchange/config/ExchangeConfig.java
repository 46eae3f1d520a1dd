package my.gov.platform.exchange.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting the exchange reads, under {@code mygov.*}: one place to see what can be set; what each
 * value is for is said beside it in application.properties. Not here: the checkpoint schedule (a
 * {@code @Scheduled} expression); the sample registries' base URL, read at the first call because a
 * test server's port is only known once it has started; and the checkpoint signing key file, injected where it is
 * used ({@code audit.CheckpointKey}): a mapping that cannot be read stops the start at its first missing value,
 * while missing injected settings are named together, so production without its secrets names every one.
 */
@ConfigMapping(prefix = "mygov")
public interface ExchangeConfig {
    /** Load the demo members, products and agreements at start-up (local run only). */
    @WithDefault("false")
    boolean demoData();

    Exchange exchange();

    interface Exchange {
        /** How long products and agreements read from the database serve the exchange path. */
        Duration cacheTtl();

        /** Agreement volume reserved from the database at a time. */
        long volumeBlock();

        Provider provider();

        Audit audit();
    }

    /** Calls to the providing agencies' endpoints. */
    interface Provider {
        Duration timeout();

        int retries();

        int breakerVolume();

        Duration breakerDelay();
    }

    /** The audit log's group commits and the retired checkpoint keys it still trusts. */
    interface Audit {
        int writers();

        int batchMax();

        /** {@code wait}: a method cannot carry Object's name. */
        @WithName("wait")
        Duration durableWithin();

        Duration openingLinger();

        Duration completionLinger();

        Duration unconfirmedAfter();

        Optional<Path> retiredKeysFile();
    }
}
