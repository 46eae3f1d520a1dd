package my.gov.platform.payment.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A balanced set of postings, checked before it reaches the database (which checks again). */
public final class JournalEntry {
    public record Line(LedgerAccount account, long amountSen) {
    }

    private final List<Line> lines = new ArrayList<>();

    public JournalEntry debit(LedgerAccount account, long sen) {
        return add(account, sen);
    }

    public JournalEntry credit(LedgerAccount account, long sen) {
        return add(account, -sen);
    }

    private JournalEntry add(LedgerAccount account, long signedSen) {
        if (signedSen != 0) {
            lines.add(new Line(account, signedSen));
        }
        return this;
    }

    /** @return the lines, only if they form a real journal: two or more lines summing to zero */
    public List<Line> lines() {
        long sum = lines.stream().mapToLong(Line::amountSen).sum();
        if (lines.size() < 2 || sum != 0) {
            throw new IllegalStateException("Unbalanced journal: " + lines + " sums to " + sum);
        }
        return Collections.unmodifiableList(lines);
    }

    /** The payer paid {@code amount}; the gateway keeps {@code fee} of it (never more than the amount). */
    public static JournalEntry charge(long amountSen, long feeSen) {
        long fee = Math.min(feeSen, amountSen);
        return new JournalEntry()
                .debit(LedgerAccount.GATEWAY_CLEARING, amountSen)
                .credit(LedgerAccount.AGENCY_PAYABLE, amountSen - fee)
                .credit(LedgerAccount.GATEWAY_FEES, fee);
    }

    /** The acquirer paid in what it settled: from clearing to the bank. */
    public static JournalEntry settlement(long amountSen) {
        return new JournalEntry()
                .debit(LedgerAccount.SETTLEMENT_BANK, amountSen)
                .credit(LedgerAccount.GATEWAY_CLEARING, amountSen);
    }

    /** Money goes back to the payer out of what the agency is owed; the fee is not returned. */
    public static JournalEntry refund(long amountSen) {
        return new JournalEntry()
                .debit(LedgerAccount.AGENCY_PAYABLE, amountSen)
                .credit(LedgerAccount.GATEWAY_CLEARING, amountSen);
    }
}
