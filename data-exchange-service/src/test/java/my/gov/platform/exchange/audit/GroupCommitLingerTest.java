package my.gov.platform.exchange.audit;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import my.gov.platform.testing.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A lingering group commit, against the real database. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class GroupCommitLingerTest {
    private static final Duration LONG_LINGER = Duration.ofMinutes(10);
    private static final Duration UNWRITTEN_FOR = Duration.ofMillis(200);

    @Inject
    Pool database;
    @Inject
    Vertx vertx;

    private GroupCommit<Integer> numbers(AtomicInteger statements) {
        return new GroupCommit<>("Test number", database, "SELECT n FROM unnest(?::int[]) AS n",
                batch -> List.of((Object) batch.toArray(Integer[]::new)), statements::incrementAndGet, 1, 200, vertx, LONG_LINGER);
    }

    @Test
    void itemsQueuedTogetherShareOneStatementWrittenWhenACallerNeedsIt() throws Exception {
        AtomicInteger statements = new AtomicInteger();
        GroupCommit<Integer> numbers = numbers(statements);
        GroupCommit.Pending first = numbers.write(1);
        GroupCommit.Pending second = numbers.write(2);
        await().during(UNWRITTEN_FOR).atMost(UNWRITTEN_FOR.multipliedBy(10))
                .until(() -> !first.committed().isDone() && !second.committed().isDone());

        numbers.writeNow(second);

        CompletableFuture.allOf(first.committed(), second.committed()).get(30, TimeUnit.SECONDS);
        assertThat(statements).hasValue(1);
    }

    @Test
    void anItemAlreadyWrittenLeavesTheOthersLingering() throws Exception {
        AtomicInteger statements = new AtomicInteger();
        GroupCommit<Integer> numbers = numbers(statements);
        GroupCommit.Pending written = numbers.write(1);
        numbers.writeNow(written);
        written.committed().get(30, TimeUnit.SECONDS);
        // A statement that completes writes what queued meanwhile; that pass gives no signal to await, so
        // this waits long enough for it to have run before queueing.
        Thread.sleep(UNWRITTEN_FOR.toMillis());
        GroupCommit.Pending lingering = numbers.write(2);

        numbers.writeNow(written);

        await().during(UNWRITTEN_FOR).atMost(UNWRITTEN_FOR.multipliedBy(10)).until(() -> !lingering.committed().isDone());
        assertThat(statements).hasValue(1);
    }
}
