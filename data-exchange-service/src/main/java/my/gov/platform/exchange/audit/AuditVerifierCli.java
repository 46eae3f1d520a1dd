package my.gov.platform.exchange.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line verifier: reads the audit tables over JDBC, recomputes every leaf and every signed
 * checkpoint with the same plain classes as the service, prints the first bad record and exits 1
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
            VerificationReport report = verify(db);
            System.out.println(report.valid()
                    ? "OK: " + report.entriesChecked() + " entries and " + report.checkpointsChecked() + " signed checkpoints verified"
                    : "TAMPERED: first bad record " + report.firstBadIndex() + ": " + report.finding());
            System.exit(report.valid() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Could not read the audit log: " + e.getMessage());
            System.exit(3);
        }
    }

    public static VerificationReport verify(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT * FROM audit_entry WHERE leaf_index IS NOT NULL ORDER BY leaf_index")) {
                while (rows.next()) {
                    records.add(AuditRecord.of(rows, rows.getLong("leaf_index")));
                }
            }
            List<Checkpoint> checkpoints = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT * FROM audit_checkpoint ORDER BY tree_size")) {
                while (rows.next()) {
                    checkpoints.add(new Checkpoint(rows.getLong("tree_size"), rows.getString("root_hash"),
                            rows.getTimestamp("signed_at").toInstant(), rows.getString("key_id"), rows.getString("signature")));
                }
            }
            String publicKey;
            try (ResultSet rows = sql.executeQuery("SELECT public_key FROM audit_signing_key ORDER BY created_at LIMIT 1")) {
                if (!rows.next()) {
                    return VerificationReport.ok(records.size(), 0);
                }
                publicKey = rows.getString(1);
            }
            return AuditVerifier.verify(records, checkpoints, CheckpointSigner.publicKey(publicKey));
        }
    }
}
