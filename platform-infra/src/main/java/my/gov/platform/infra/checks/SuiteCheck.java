package my.gov.platform.infra.checks;

import my.gov.platform.infra.Args;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the running suite's invariants across its databases and topics and prints each check with
 * its counts; exits 1 if any fails. After a fault, events may still be on their way (an outbox
 * relay retrying, a consumer catching up), so the checks are repeated until they pass or
 * {@code --settle} seconds have gone; the last round is the verdict.
 *
 * <pre>java -cp ... my.gov.platform.infra.checks.SuiteCheck --pg-hosts 127.0.0.1:15432,127.0.0.1:15433 \
 *      --kafka 127.0.0.1:19092 --settle 60</pre>
 */
public final class SuiteCheck {
    private SuiteCheck() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        ServiceDatabases databases = new ServiceDatabases(args.get("pg-hosts", "127.0.0.1:15432"),
                args.get("user", "postgres"), args.get("password", "postgres"));
        String kafka = args.get("kafka", "127.0.0.1:19092");
        long deadline = System.nanoTime() + args.getInt("settle", 60) * 1_000_000_000L;
        List<Check> checks = round(databases, kafka);
        while (checks.stream().anyMatch(c -> !c.passed()) && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            checks = round(databases, kafka);
        }
        checks.forEach(c -> System.out.println(c.line()));
        System.exit(checks.stream().allMatch(Check::passed) ? 0 : 1);
    }

    private static List<Check> round(ServiceDatabases databases, String kafka) throws Exception {
        Map<String, TopicEvents.Delivered> paymentEvents = TopicEvents.read(kafka, "payment.events");
        Map<String, TopicEvents.Delivered> identityEvents = TopicEvents.read(kafka, "identity.events");
        List<Check> checks = new ArrayList<>();
        try (Connection identity = databases.open("identity");
             Connection payment = databases.open("payment");
             Connection exchange = databases.open("exchange");
             Connection catalogue = databases.open("catalogue")) {
            checks.add(OutboxDelivery.check("identity-service", identity, "identity.events", identityEvents));
            checks.add(OutboxDelivery.check("payment-gateway-service", payment, "payment.events", paymentEvents));
            checks.add(OutboxDelivery.check("data-exchange-service", exchange, "exchange.events",
                    TopicEvents.read(kafka, "exchange.events")));
            checks.add(OutboxDelivery.check("service-catalogue", catalogue, "catalogue.events",
                    TopicEvents.read(kafka, "catalogue.events")));
            checks.addAll(AdoptionConsumption.check(catalogue, paymentEvents, identityEvents));
            checks.addAll(PaymentBooks.check(payment));
        }
        return checks;
    }
}
