package my.gov.platform.commons.capacity;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** When the pools count as saturated or wedged, under {@code mygov.readiness.*} and {@code mygov.liveness.*}. */
@ConfigMapping(prefix = "mygov")
public interface CapacityConfig {
    Readiness readiness();

    Liveness liveness();

    interface Readiness {
        /** How long a pool may stay saturated before readiness says DOWN. */
        Duration saturatedFor();

        Datasource datasource();
    }

    interface Datasource {
        /** Requests that may wait for a connection while every connection is in use, before the pool counts as saturated. */
        int maxAwaiting();
    }

    interface Liveness {
        /** How long a worker task may wait to start before the pool counts as wedged rather than busy. */
        Duration stuckFor();
    }
}
