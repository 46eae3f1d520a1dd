package my.gov.platform.exchange.audit;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line verifier: reads the audit tables over JDBC, recomputes every leaf and every signed
 * checkpoint with the same code as the service's verification endpoint, prints the first bad record and exits 1
 * if the log was tampered with (2 on wrong usage, 3 if it cannot be read). Usage:
 * {@code AuditVerifierCli <jdbc-url> <user> <password> [--trust <public-key>]...}, each trusted key in
 * Base64 as {@code GET /v1/audit/public-keys} serves it. Without {@code --trust}, the keys registered in the
 * database are used, which cannot catch a log rewritten and signed again by someone holding the
 * service's key or able to register one.
 */
public final class AuditVerifierCli {
    private static final String USAGE = "usage: AuditVerifierCli <jdbc-url> <user> <password> [--trust <public-key>]...";

    private AuditVerifierCli() {
    }

    public static void main(String[] args) {
        Map<String, PublicKey> trusted;
        try {
            trusted = trustedKeys(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (trusted == null) {
            System.out.println("NOTE: trusting the signing keys registered in the database; pass --trust <public-key> to "
                    + "catch a log that was rewritten and signed again");
        }
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            VerificationReport report = AuditVerifier.verify(db, trusted);
            System.out.println(report.valid()
                    ? "OK: " + report.entriesChecked() + " entries and " + report.checkpointsChecked() + " signed checkpoints verified"
                    : "TAMPERED: first bad record " + report.firstBadIndex() + ": " + report.finding());
            System.exit(report.valid() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Could not read the audit log: " + e.getMessage());
            System.exit(3);
        }
    }

    /** The keys given with {@code --trust}, by key id; null when none is given. */
    static Map<String, PublicKey> trustedKeys(String[] args) {
        if (args.length < 3 || args.length % 2 == 0) {
            throw new IllegalArgumentException("expected a JDBC URL, a user, a password and pairs of --trust <public-key>");
        }
        List<String> options = List.of(args).subList(3, args.length);
        if (options.isEmpty()) {
            return null;
        }
        Map<String, PublicKey> keys = new HashMap<>();
        for (int i = 0; i < options.size(); i += 2) {
            if (!options.get(i).equals("--trust")) {
                throw new IllegalArgumentException("unknown option " + options.get(i));
            }
            String key = options.get(i + 1);
            keys.put(CheckpointKey.idOf(key), CheckpointSigner.publicKey(key));
        }
        return keys;
    }
}
