package my.gov.platform.commons.capacity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ExecutorRecorder;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Readiness that tells the truth about the blocking worker pool (REST operations, blocking jobs): DOWN while a task
 * handed to it has waited longer than {@code mygov.readiness.saturated-for} to start, UP as soon as it starts. Every
 * second, on the event loop, an empty probe task is queued like any request and the wait is how long it has not run;
 * Quarkus keeps the pool's own counters behind a wrapper, and the wait is what a caller feels anyway. SmallRye Health
 * runs every synchronous check on this same pool, so while it is saturated {@code /q/health} and
 * {@code /q/health/ready} are answered DOWN here, on the event loop, without the other checks: a probe that waited for
 * a worker would time out instead of saying why. {@code /q/health/live} is answered there too: UP while the pool is
 * merely busy, since restarting a replica under load only moves its load to the others, and DOWN once a task has
 * waited {@code mygov.liveness.stuck-for}, a wedge no load explains, so that the orchestrator restarts it. Gauges:
 * {@code mygov.readiness.saturated{pool="worker"}} and {@code mygov.worker.wait.seconds}.
 */
@Readiness
@ApplicationScoped
public class WorkerPoolReadiness implements AsyncHealthCheck {
    private static final String NAME = "worker-pool";
    /** Quarkus' default paths (quarkus.http.non-application-root-path, quarkus.smallrye-health.*), which we keep. */
    private static final Set<String> READINESS_PATHS = Set.of("/q/health", "/q/health/ready");
    private static final String LIVENESS_PATH = "/q/health/live";
    /** Before the request-line guard and the DPoP check: a probe is answered before anything else looks at it. */
    private static final int PRIORITY = 990;

    private final Duration maxWait;
    private final Duration stuckFor;
    /** When the probe that has not started yet was queued; null while none waits. */
    private final AtomicReference<Instant> probeWaitingSince = new AtomicReference<>();
    private volatile boolean probeQueued;

    WorkerPoolReadiness(MeterRegistry metrics, CapacityConfig config) {
        this.maxWait = config.readiness().saturatedFor();
        this.stuckFor = config.liveness().stuckFor();
        Gauge.builder("mygov.readiness.saturated", this, check -> check.saturated() ? 1 : 0)
                .tag("pool", "worker").description("1 while the pool has been saturated for longer than its grace").register(metrics);
        Gauge.builder("mygov.worker.wait.seconds", this, check -> check.waited().toMillis() / 1000.0)
                .description("How long the latest task queued for a worker thread has waited to start").register(metrics);
    }

    @Scheduled(every = "1s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @NonBlocking
    void probe() {
        if (probeWaitingSince.compareAndSet(null, Instant.now()) || !probeQueued) {
            try {
                ExecutorRecorder.getCurrent().execute(this::probeStarted);
                probeQueued = true;
            } catch (RejectedExecutionException queueFull) {
                // A bounded queue that is full: the wait goes on, and the next second queues the probe again.
                probeQueued = false;
            }
        }
    }

    private void probeStarted() {
        probeWaitingSince.set(null);
        probeQueued = false;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(this::verdict);
    }

    void register(@Observes Filters filters) {
        filters.register(this::answerWhileSaturated, PRIORITY);
    }

    private void answerWhileSaturated(RoutingContext context) {
        String path = context.normalizedPath();
        boolean liveness = LIVENESS_PATH.equals(path);
        if (!(liveness || READINESS_PATHS.contains(path)) || !saturated()) {
            context.next();
            return;
        }
        boolean up = liveness && waited().compareTo(stuckFor) < 0;
        HealthCheckResponse check = verdict();
        JsonObject body = new JsonObject().put("status", up ? "UP" : "DOWN").put("checks", new JsonArray().add(new JsonObject()
                .put("name", check.getName()).put("status", check.getStatus().name())
                .put("data", new JsonObject(check.getData().orElseThrow()))));
        context.response().setStatusCode(up ? 200 : 503).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body.encode());
    }

    private HealthCheckResponse verdict() {
        return HealthCheckResponse.named(NAME).status(!saturated())
                .withData("waitedMillis", waited().toMillis()).withData("maxWaitMillis", maxWait.toMillis()).build();
    }

    private boolean saturated() {
        return waited().compareTo(maxWait) >= 0;
    }

    private Duration waited() {
        Instant since = probeWaitingSince.get();
        return since == null ? Duration.ZERO : Duration.between(since, Instant.now());
    }
}
