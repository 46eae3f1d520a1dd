package my.gov.platform.exchange.exchange;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.PlatformTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static my.gov.platform.exchange.ExchangeFixtures.DEMO_CITIZEN;
import static my.gov.platform.exchange.ExchangeFixtures.PROBLEM_JSON;
import static my.gov.platform.exchange.ExchangeFixtures.approvedAgreement;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * An exchange whose audit entry cannot be committed answers with a problem, never with its data, and
 * keeps its unit of volume.
 */
@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditFailureApiTest {
    private static final String CONSUMER = "AUDITFAIL";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final Map<String, Object> openQuery = Map.of("product", "COMPANY", "purposeCode", "LICENSING",
            "recordKey", "202001000001");

    @Test
    void aFailedAuditWriteReturnsAProblemAndNoData() throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password); Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE audit_entry ADD CONSTRAINT test_refuses_consumer CHECK (consumer_agency <> '"
                    + CONSUMER + "') NOT VALID");
            try {
                query(CONSUMER, openQuery).then().statusCode(503).contentType(PROBLEM_JSON)
                        .body("type", endsWith("/problems/audit-unavailable"))
                        .body("data", nullValue());
            } finally {
                sql.execute("ALTER TABLE audit_entry DROP CONSTRAINT test_refuses_consumer");
            }
            assertThat(completedEntries(sql)).isZero();

            query(CONSUMER, openQuery).then().statusCode(200).body("data.companyName", notNullValue());
            assertThat(completedEntries(sql)).isEqualTo(1);
        }
    }

    @Test
    void anExchangeWhoseAuditFailedKeepsItsUnitOfVolume() throws SQLException {
        String agreement = approvedAgreement("KWAP", "POPULATION", "JPN", List.of("fullName"), "PENSION_ADMINISTRATION", 1);
        Map<String, Object> underAgreement = Map.of("product", "POPULATION", "agreementId", agreement,
                "purposeCode", "PENSION_ADMINISTRATION", "recordKey", DEMO_CITIZEN);
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password); Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE audit_entry ADD CONSTRAINT test_refuses_agreement CHECK (agreement_id IS DISTINCT FROM '"
                    + agreement + "') NOT VALID");
            try {
                query("KWAP", underAgreement).then().statusCode(503).body("type", endsWith("/problems/audit-unavailable"));
            } finally {
                sql.execute("ALTER TABLE audit_entry DROP CONSTRAINT test_refuses_agreement");
            }
        }
        query("KWAP", underAgreement).then().statusCode(429).body("type", endsWith("/problems/volume-exhausted"));
    }

    private static int completedEntries(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM audit_entry WHERE consumer_agency = '" + CONSUMER
                + "' AND kind = 'EXCHANGE_COMPLETED'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
