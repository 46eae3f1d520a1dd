package my.gov.platform.catalogue.onceonly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import my.gov.platform.catalogue.config.CatalogueConfig;

import java.time.Clock;

/** The product list client, configured by {@code mygov.exchange.*}. */
@ApplicationScoped
public class ExchangeProducts {
    @Produces
    @Singleton
    ProductCatalogClient client(CatalogueConfig config) {
        CatalogueConfig.Exchange exchange = config.exchange();
        return new ProductCatalogClient(exchange.url(), exchange.timeout(), exchange.freshFor(), Clock.systemUTC());
    }
}
