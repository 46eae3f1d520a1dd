package my.gov.platform.testing;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Runs a job's body on two threads released at the same moment, as two replicas whose schedules fire
 * together: each thread takes its own database connections, as each replica would.
 */
public final class TwoReplicas {
    private TwoReplicas() {
    }

    /** @return what each replica's run returned, after both ended */
    public static <T> List<T> runAtOnce(Callable<T> body) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<T> replica = () -> {
            together.await(10, TimeUnit.SECONDS);
            return body.call();
        };
        CompletableFuture<T> one = CompletableFuture.supplyAsync(() -> call(replica));
        CompletableFuture<T> other = CompletableFuture.supplyAsync(() -> call(replica));
        return Arrays.asList(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));
    }

    private static <T> T call(Callable<T> replica) {
        try {
            return replica.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
