package my.gov.platform.exchange.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TwoReplicas;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas' checkpoint schedules firing together: the tree head's row lock makes them take turns,
 * and the second finds the head already signed.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class CheckpointReplicaTest {
    @Inject
    AuditLog log;

    @Test
    void twoReplicasSignOneCheckpointOfTheSameTreeHead() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> log.append(AuditFacts.decision("REPLICA_TEST", "test", "JPJ", "JPN",
                "COMPANY", null, null, "LICENSING", "name")));
        List<Checkpoint> signed = TwoReplicas.runAtOnce(log::checkpoint);
        Checkpoint one = signed.get(0);
        Checkpoint other = signed.get(1);

        assertThat(other.treeSize()).isEqualTo(one.treeSize());
        assertThat(other.signature()).as("the second replica found the first one's checkpoint").isEqualTo(one.signature());
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditCheckpoint.count("treeSize", one.treeSize()))).isEqualTo(1L);
    }
}
