package my.gov.platform.identity.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Direct access to the shared sign-up queue's table, to start a test from an empty queue or age a ticket. */
public final class SignUpQueueRows {
    private SignUpQueueRows() {
    }

    public static void clear(EntityManager entities) {
        execute(entities, "DELETE FROM sign_up_ticket");
    }

    public static void execute(EntityManager entities, String sql) {
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(sql).executeUpdate());
    }
}
