package my.gov.platform.exchange.audit;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command-line verifier: reads the audit tables over JDBC, recomputes every leaf and every signed
 * checkpoint with the same code as the service's verification endpoint, prints the first bad record and exits 1
 * if the log was tampered with (2 on wrong usage, 3 if it cannot be read). Usage:
 * {@code AuditVerifierCli <jdbc-url> <user> <password> (--trust <public-key> | --trust-file <file>)...}, each
 * trusted key in Base64 as {@code GET /v1/audit/public-keys} serves it, a file holding one a line. At least one
 * is required: the keys registered in the database are never trusted, since whoever rewrote the log could
 * have registered their own.
 */
public final class AuditVerifierCli {
    private static final String USAGE =
            "usage: AuditVerifierCli <jdbc-url> <user> <password> (--trust <public-key> | --trust-file <file>)...";

    private AuditVerifierCli() {
    }

    public static void main(String[] args) {
        Map<String, PublicKey> trusted;
        try {
            trusted = trustedKeys(args);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
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

    /** The keys given with {@code --trust} and in {@code --trust-file}s, by key id; at least one. */
    static Map<String, PublicKey> trustedKeys(String[] args) {
        if (args.length < 5 || args.length % 2 == 0) {
            throw new IllegalArgumentException("expected a JDBC URL, a user, a password and at least one --trust <public-key> "
                    + "or --trust-file <file>");
        }
        List<String> options = List.of(args).subList(3, args.length);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < options.size(); i += 2) {
            switch (options.get(i)) {
                case "--trust" -> keys.add(options.get(i + 1));
                case "--trust-file" -> keys.addAll(TrustedKeys.read(Path.of(options.get(i + 1))));
                default -> throw new IllegalArgumentException("unknown option " + options.get(i));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no trusted key: the trust files are empty");
        }
        return TrustedKeys.parse(keys);
    }
}
