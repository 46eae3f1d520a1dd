package my.gov.platform.commons.capacity;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Instant;

/**
 * Readiness that tells the truth about the connection pool: DOWN once every connection has been in
 * use, with more than {@code mygov.readiness.datasource.max-awaiting} requests waiting for one, for
 * {@code mygov.readiness.saturated-for}; UP as soon as that ends. A replica in that state only adds
 * to its queue, so the load balancer should send requests elsewhere. The pool is sampled every
 * second on the event loop (reading Agroal's counters does not block), so the verdict still comes
 * when the worker threads are all waiting for connections; the verdict is the gauge
 * {@code mygov.readiness.saturated{pool="datasource"}}, next to Agroal's own agroal_* gauges.
 */
@Readiness
@ApplicationScoped
public class DatasourceReadiness implements HealthCheck {
    private final AgroalDataSource dataSource;
    private final int maxAwaiting;
    private final Saturation saturation;

    DatasourceReadiness(AgroalDataSource dataSource, MeterRegistry metrics, CapacityConfig config) {
        this.dataSource = dataSource;
        this.maxAwaiting = config.readiness().datasource().maxAwaiting();
        this.saturation = new Saturation(config.readiness().saturatedFor());
        Gauge.builder("mygov.readiness.saturated", this, check -> check.saturation.saturated(Instant.now()) ? 1 : 0)
                .tag("pool", "datasource").description("1 while the pool has been saturated for longer than its grace").register(metrics);
    }

    @Scheduled(every = "1s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @NonBlocking
    void sample() {
        AgroalDataSourceMetrics pool = dataSource.getMetrics();
        saturation.sample(pool.activeCount() >= maxSize() && pool.awaitingCount() > maxAwaiting, Instant.now());
    }

    @Override
    public HealthCheckResponse call() {
        AgroalDataSourceMetrics pool = dataSource.getMetrics();
        return HealthCheckResponse.named("datasource-pool").status(!saturation.saturated(Instant.now()))
                .withData("active", pool.activeCount()).withData("maxSize", maxSize())
                .withData("awaiting", pool.awaitingCount()).withData("maxAwaiting", maxAwaiting).build();
    }

    private int maxSize() {
        return dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
    }
}
