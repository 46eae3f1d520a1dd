package my.gov.platform.exchange.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Command-line verifier: reads the audit tables over JDBC, recomputes every leaf and every signed
 * checkpoint with the same code as the service's verification endpoint, prints the first bad record and exits 1
 * if the log was tampered with (3 if it cannot be read). Usage: {@code AuditVerifierCli <jdbc-url> <user> <password>}.
 */
public final class AuditVerifierCli {
    private AuditVerifierCli() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: AuditVerifierCli <jdbc-url> <user> <password>");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            VerificationReport report = AuditVerifier.verify(db);
            System.out.println(report.valid()
                    ? "OK: " + report.entriesChecked() + " entries and " + report.checkpointsChecked() + " signed checkpoints verified"
                    : "TAMPERED: first bad record " + report.firstBadIndex() + ": " + report.finding());
            System.exit(report.valid() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Could not read the audit log: " + e.getMessage());
            System.exit(3);
        }
    }
}
