package my.gov.platform.payment.reconciliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches an acquirer's settlement lines against the ledger's charges by acquirer reference. Pure,
 * so every outcome is proved by plain tests.
 */
public final class Reconciliation {
    /** Exceptions first, so a report lists what needs attention at the top. */
    public enum Outcome { MISSING_IN_LEDGER, MISSING_IN_SETTLEMENT, DUPLICATED_IN_SETTLEMENT, AMOUNT_MISMATCH, MATCHED }

    public record SettlementLine(String reference, String paymentId, long amountSen) {
    }

    public record LedgerCharge(String reference, String paymentId, long amountSen) {
    }

    public record Item(Outcome outcome, String reference, String paymentId, Long settledSen, Long bookedSen) {
    }

    private Reconciliation() {
    }

    public static List<Item> match(List<SettlementLine> settlement, List<LedgerCharge> ledger) {
        Map<String, List<SettlementLine>> byReference = new LinkedHashMap<>();
        settlement.forEach(line -> byReference.computeIfAbsent(line.reference(), r -> new ArrayList<>()).add(line));
        Map<String, LedgerCharge> charges = new LinkedHashMap<>();
        ledger.forEach(charge -> charges.put(charge.reference(), charge));

        List<Item> items = new ArrayList<>();
        byReference.forEach((reference, lines) -> {
            SettlementLine line = lines.get(0);
            LedgerCharge charge = charges.get(reference);
            if (lines.size() > 1) {
                items.add(new Item(Outcome.DUPLICATED_IN_SETTLEMENT, reference, line.paymentId(),
                        lines.stream().mapToLong(SettlementLine::amountSen).sum(), charge == null ? null : charge.amountSen()));
            } else if (charge == null) {
                items.add(new Item(Outcome.MISSING_IN_LEDGER, reference, line.paymentId(), line.amountSen(), null));
            } else if (charge.amountSen() != line.amountSen()) {
                items.add(new Item(Outcome.AMOUNT_MISMATCH, reference, line.paymentId(), line.amountSen(), charge.amountSen()));
            } else {
                items.add(new Item(Outcome.MATCHED, reference, line.paymentId(), line.amountSen(), charge.amountSen()));
            }
        });
        charges.forEach((reference, charge) -> {
            if (!byReference.containsKey(reference)) {
                items.add(new Item(Outcome.MISSING_IN_SETTLEMENT, reference, charge.paymentId(), null, charge.amountSen()));
            }
        });
        items.sort(Comparator.comparing(Item::outcome).thenComparing(Item::reference));
        return items;
    }

    /** Reads the acquirer's CSV (header line first). */
    public static List<SettlementLine> parse(String csv) {
        List<SettlementLine> lines = new ArrayList<>();
        String[] rows = csv.split("\n");
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String[] cells = rows[i].split(",");
            lines.add(new SettlementLine(cells[0], cells[1], Long.parseLong(cells[4])));
        }
        return lines;
    }

    public static String toCsv(List<Item> items) {
        StringBuilder csv = new StringBuilder("outcome,reference,paymentId,settledSen,bookedSen\n");
        for (Item item : items) {
            csv.append(item.outcome()).append(',').append(item.reference()).append(',').append(item.paymentId()).append(',')
                    .append(item.settledSen() == null ? "" : item.settledSen()).append(',')
                    .append(item.bookedSen() == null ? "" : item.bookedSen()).append('\n');
        }
        return csv.toString();
    }
}
