package my.gov.platform.catalogue.onceonly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** The product list client, configured by {@code mygov.exchange.url} and {@code mygov.exchange.timeout}. */
@ApplicationScoped
public class ExchangeProducts {
    @Produces
    @Singleton
    ProductCatalogClient client(@ConfigProperty(name = "mygov.exchange.url") String url,
                                @ConfigProperty(name = "mygov.exchange.timeout") Duration timeout,
                                @ConfigProperty(name = "mygov.exchange.fresh-for", defaultValue = "60s") Duration freshFor) {
        return new ProductCatalogClient(url, timeout, freshFor, Clock.systemUTC());
    }
}
