package my.gov.platform.catalogue.kpi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import my.gov.platform.testing.PlatformTestResource;
import my.gov.platform.testing.TwoReplicas;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class QuarterlySnapshotsReplicaTest {
    @Inject
    QuarterlySnapshots snapshots;
    @Inject
    EntityManager entityManager;

    @Test
    void twoReplicasTakeTheQuarterlySnapshotOnce() throws Exception {
        String quarter = Quarter.previous(LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur")));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("DELETE FROM kpi_snapshot WHERE quarter = ?1")
                .setParameter(1, quarter).executeUpdate());
        TwoReplicas.runAtOnce(() -> {
            snapshots.snapshotTheQuarterJustEnded();
            return null;
        });

        List<?> takenAt = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT DISTINCT taken_at FROM kpi_snapshot WHERE quarter = ?1")
                .setParameter(1, quarter).getResultList());
        assertThat(takenAt).as("one snapshot, not one replaced by another").hasSize(1);
    }
}
