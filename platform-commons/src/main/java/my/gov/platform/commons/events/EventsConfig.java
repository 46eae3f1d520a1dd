package my.gov.platform.commons.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where events go and how the outbox relays them, under {@code mygov.events.*} and {@code mygov.outbox.*}. */
@ConfigMapping(prefix = "mygov")
public interface EventsConfig {
    Events events();

    Outbox outbox();

    /** The service's public address, which the events' {@code dataschema} URLs start with. */
    String publicBaseUrl();

    interface Events {
        /** The Kafka topic this service publishes on. */
        String topic();

        /** The CloudEvents {@code source} of every event published here. */
        String source();
    }

    interface Outbox {
        /** Commits within this of each other share one relay pass. */
        @WithDefault("20ms")
        Duration coalesce();

        /** How old the oldest unsent event may get before readiness says DOWN. */
        @WithDefault("60s")
        Duration maxLag();
    }
}
