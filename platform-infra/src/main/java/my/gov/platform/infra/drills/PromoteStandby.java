package my.gov.platform.infra.drills;

import my.gov.platform.infra.Args;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The database drill's one manual-looking step, as an operator (or an operator's failover tool)
 * takes it: promotes the streaming standby to primary and waits until it accepts writes.
 *
 * <pre>java -cp ... my.gov.platform.infra.drills.PromoteStandby --port 15433</pre>
 */
public final class PromoteStandby {
    private PromoteStandby() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String url = "jdbc:postgresql://127.0.0.1:" + args.getInt("port", 15433) + "/postgres";
        try (Connection standby = DriverManager.getConnection(url, args.get("user", "postgres"), args.get("password", "postgres"));
             Statement sql = standby.createStatement();
             // pg_promote waits (60 s at most) until the promotion is done.
             ResultSet promoted = sql.executeQuery("SELECT pg_promote(true, 60)")) {
            promoted.next();
            if (!promoted.getBoolean(1)) {
                throw new IllegalStateException("The standby on " + url + " was not promoted within 60 s");
            }
        }
        System.out.println("PROMOTED");
    }
}
