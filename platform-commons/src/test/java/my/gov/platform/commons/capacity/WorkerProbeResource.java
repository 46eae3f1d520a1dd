package my.gov.platform.commons.capacity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A blocking operation that keeps its worker thread until the test lets go, to fill the worker pool through HTTP. */
@Path("/v1/worker-probes")
public class WorkerProbeResource {
    private static volatile CountDownLatch release = new CountDownLatch(0);

    static void holdWorkers() {
        release = new CountDownLatch(1);
    }

    static void releaseWorkers() {
        release.countDown();
    }

    @GET
    @Path("/held")
    @Produces(MediaType.TEXT_PLAIN)
    public String held() throws InterruptedException {
        // Bounded, so a failed test cannot keep the pool for the rest of the run.
        return release.await(60, TimeUnit.SECONDS) ? "released" : "gave up";
    }
}
