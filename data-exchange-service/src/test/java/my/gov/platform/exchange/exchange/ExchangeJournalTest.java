package my.gov.platform.exchange.exchange;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.exchange.audit.AuditFacts;
import my.gov.platform.exchange.audit.AuditLog;
import my.gov.platform.exchange.problems.ExchangeProblem;
import my.gov.platform.testing.PlatformTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.endsWith;

/** The two steps of an exchange's audit, and what becomes of an exchange that never took the second. */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class ExchangeJournalTest {
    private static final Duration AWAIT = Duration.ofSeconds(15);
    private static final String REQUEST_HASH = "a".repeat(64);
    private static final String RESPONSE_HASH = "b".repeat(64);

    @Inject
    ExchangeJournal journal;
    @Inject
    Outbox outbox;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aCompletedExchangeMovesIntoTheLogWithItsAnswersHash() throws SQLException {
        UUID queryId = begin("JOURNAL1");

        assertThat(journal.complete(queryId, RESPONSE_HASH).await().atMost(AWAIT)).isEqualTo(queryId);

        assertThat(entry(queryId)).containsExactly("EXCHANGE_COMPLETED", "COMPLETED", REQUEST_HASH, RESPONSE_HASH);
        assertThat(count("exchange_intent WHERE id = '" + queryId + "'")).isZero();
        assertThat(count("outbox_event WHERE event_key = '" + queryId + "'")).isEqualTo(1);
    }

    @Test
    void anExchangeBegunButNeverCompletedIsRecordedAsUnconfirmedAndCannotCompleteAfterwards() throws SQLException {
        UUID queryId = begin("JOURNAL2");
        UUID recent = begin("JOURNAL2");
        update("UPDATE exchange_intent SET begun_at = now() - interval '1 hour' WHERE id = '" + queryId + "'");

        journal.recordUnconfirmed().await().atMost(AWAIT);

        assertThat(entry(queryId)).containsExactly("EXCHANGE_COMPLETED", ExchangeJournal.UNCONFIRMED, REQUEST_HASH, null);
        assertThat(count("outbox_event WHERE event_key = '" + queryId + "'")).isEqualTo(1);
        assertThat(count("exchange_intent WHERE id = '" + queryId + "'")).isZero();
        assertThatThrownBy(() -> journal.complete(queryId, RESPONSE_HASH).await().atMost(AWAIT))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.kind()).isEqualTo(ExchangeProblem.AUDIT_UNAVAILABLE));
        assertThat(entry(queryId)).containsExactly("EXCHANGE_COMPLETED", ExchangeJournal.UNCONFIRMED, REQUEST_HASH, null);

        assertThat(count("exchange_intent WHERE id = '" + recent + "'")).as("an exchange still under way").isEqualTo(1);
        assertThat(journal.complete(recent, RESPONSE_HASH).await().atMost(AWAIT)).isEqualTo(recent);
    }

    @Test
    void anExchangeTheProviderFailsIsAuditedAsRefusedAndLeavesNoIntent() throws SQLException {
        query("JOURNAL3", Map.of("product", "COMPANY", "purposeCode", "LICENSING", "recordKey", "123"))
                .then().statusCode(404).body("type", endsWith("/problems/record-not-found"));

        assertThat(count("audit_entry WHERE consumer_agency = 'JOURNAL3' AND kind = 'EXCHANGE_REFUSED'")).isEqualTo(1);
        assertThat(count("audit_entry WHERE consumer_agency = 'JOURNAL3' AND kind = 'EXCHANGE_COMPLETED'")).isZero();
        assertThat(count("exchange_intent WHERE consumer_agency = 'JOURNAL3'")).isZero();
    }

    private UUID begin(String consumer) {
        UUID queryId = Ids.newId();
        AuditFacts facts = new AuditFacts(AuditLog.COMPLETED_EXCHANGE, consumer, consumer, "SSM", "COMPANY", null, null,
                "LICENSING", "c".repeat(64), "companyName", null, REQUEST_HASH, null);
        Map<String, Object> event = Map.of("queryId", queryId, "productId", Ids.newId(), "productCode", "COMPANY",
                "consumerAgency", consumer, "providerAgency", "SSM", "purposeCode", "LICENSING", "fields", List.of("companyName"));
        journal.begin(new ExchangeJournal.Intent(queryId, facts, outbox.prepare("my.gov.exchange.completed", queryId, consumer, event)))
                .await().atMost(AWAIT);
        return queryId;
    }

    private List<String> entry(UUID id) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
             ResultSet row = db.createStatement().executeQuery(
                     "SELECT kind, outcome, request_hash, response_hash FROM audit_entry WHERE id = '" + id + "'")) {
            assertThat(row.next()).as("audit entry " + id).isTrue();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                columns.add(row.getString(i));
            }
            return columns;
        }
    }

    private int count(String fromWhere) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
             ResultSet row = db.createStatement().executeQuery("SELECT count(*) FROM " + fromWhere)) {
            row.next();
            return row.getInt(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.createStatement().executeUpdate(sql);
        }
    }
}
