package my.gov.platform.infra.checks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The catalogue's adoption consumer (the suite's one consumer) applied every event once: its inbox
 * holds each delivered event of the types it counts exactly once, and each service's figures equal
 * what those events add up to. A double application shows as a figure above the events' sum even
 * when the inbox looks right.
 */
final class AdoptionConsumption {
    /** The figures of one catalogue service: payments, their value in sen, sign-ins. */
    record Figures(long payments, long paymentsValue, long signIns) {
        static final Figures NONE = new Figures(0, 0, 0);

        Figures plus(Figures other) {
            return new Figures(payments + other.payments, paymentsValue + other.paymentsValue, signIns + other.signIns);
        }
    }

    private AdoptionConsumption() {
    }

    static List<Check> check(Connection catalogue, Map<String, TopicEvents.Delivered> paymentEvents,
                             Map<String, TopicEvents.Delivered> identityEvents) throws SQLException {
        Map<String, String> services = serviceIdsByIdAndCode(catalogue);
        Map<String, Figures> expected = new HashMap<>();
        List<Check> checks = new ArrayList<>();
        checks.add(inbox(catalogue, "catalogue-adoption-payments", "my.gov.payment.succeeded", paymentEvents));
        checks.add(inbox(catalogue, "catalogue-adoption-sign-ins", "my.gov.login.succeeded", identityEvents));
        paymentEvents.values().stream().filter(e -> e.type().equals("my.gov.payment.succeeded")).forEach(e ->
                add(expected, services, e, new Figures(1, e.data().path("amount").path("value").asLong(0), 0)));
        identityEvents.values().stream().filter(e -> e.type().equals("my.gov.login.succeeded")).forEach(e ->
                add(expected, services, e, new Figures(0, 0, 1)));
        Map<String, Figures> actual = figures(catalogue);
        Set<String> touched = new HashSet<>(expected.keySet());
        touched.addAll(actual.keySet());
        long wrong = touched.stream()
                .filter(id -> !Objects.equals(expected.getOrDefault(id, Figures.NONE), actual.getOrDefault(id, Figures.NONE)))
                .count();
        Figures expectedTotal = expected.values().stream().reduce(Figures.NONE, Figures::plus);
        Figures actualTotal = actual.values().stream().reduce(Figures.NONE, Figures::plus);
        checks.add(Check.of("catalogue: adoption figures count each event once", wrong == 0,
                "services %d, differing %d, payments %d/%d, value %d/%d sen, sign-ins %d/%d (applied/from events)",
                touched.size(), wrong, actualTotal.payments(), expectedTotal.payments(), actualTotal.paymentsValue(),
                expectedTotal.paymentsValue(), actualTotal.signIns(), expectedTotal.signIns()));
        return checks;
    }

    private static Check inbox(Connection catalogue, String consumer, String type, Map<String, TopicEvents.Delivered> onTopic)
            throws SQLException {
        List<String> recorded = new ArrayList<>();
        try (var query = catalogue.prepareStatement("SELECT event_id FROM inbox_event WHERE consumer = ?")) {
            query.setString(1, consumer);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getString(1));
                }
            }
        }
        Set<String> distinct = new HashSet<>(recorded);
        long delivered = onTopic.values().stream().filter(e -> e.type().equals(type)).count();
        long notApplied = onTopic.entrySet().stream()
                .filter(e -> e.getValue().type().equals(type) && !distinct.contains(e.getKey())).count();
        long twice = recorded.size() - distinct.size();
        return Check.of("catalogue: " + consumer + " took each " + type + " once", notApplied == 0 && twice == 0,
                "on topic %d, in inbox %d, not applied %d, recorded twice %d", delivered, recorded.size(), notApplied, twice);
    }

    private static void add(Map<String, Figures> expected, Map<String, String> services, TopicEvents.Delivered event, Figures figures) {
        String service = services.get(event.data().path("serviceId").asText(""));
        if (service != null) {
            expected.merge(service, figures, Figures::plus);
        }
    }

    /** A catalogue service's id under both names an event may use for it: its UUID and its code. */
    private static Map<String, String> serviceIdsByIdAndCode(Connection catalogue) throws SQLException {
        Map<String, String> ids = new HashMap<>();
        try (Statement statement = catalogue.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, code FROM catalogue_service")) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getString(1));
                ids.put(rows.getString(2), rows.getString(1));
            }
        }
        return ids;
    }

    private static Map<String, Figures> figures(Connection catalogue) throws SQLException {
        Map<String, Figures> figures = new HashMap<>();
        try (Statement statement = catalogue.createStatement();
             ResultSet rows = statement.executeQuery("SELECT service_id, payments, payments_value, sign_ins FROM service_adoption")) {
            while (rows.next()) {
                figures.put(rows.getString(1), new Figures(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
            }
        }
        return figures;
    }
}
