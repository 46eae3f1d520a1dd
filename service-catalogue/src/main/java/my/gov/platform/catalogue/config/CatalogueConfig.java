package my.gov.platform.catalogue.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** Every setting the catalogue reads, under {@code mygov.*}: one place to see what can be set. */
@ConfigMapping(prefix = "mygov")
public interface CatalogueConfig {
    /** Load the demo KPI figures and ratings at start-up (local run only). */
    @WithDefault("false")
    boolean demoData();

    Catalogue catalogue();

    Exchange exchange();

    Portal portal();

    interface Catalogue {
        /** Load the reference set of government services at start-up when they are missing. */
        boolean referenceServices();
    }

    /** data-exchange-service, whose data products the once-only check reads. */
    interface Exchange {
        String url();

        Duration timeout();

        /** How long a product list read from data-exchange-service is used before it is read again. */
        @WithDefault("60s")
        Duration freshFor();
    }

    /** {@code mygov.portal.*}: the suite's OpenAPI documents and how often to read them. */
    interface Portal {
        /** Service name -> URL of its OpenAPI document in JSON. */
        Map<String, String> sources();

        @WithDefault("10m")
        Duration refreshEvery();

        @WithDefault("3s")
        Duration fetchTimeout();

        /** identity-service, the token issuer integrators call. */
        String identityUrl();
    }
}
