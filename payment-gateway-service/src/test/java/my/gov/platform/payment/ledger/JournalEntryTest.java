package my.gov.platform.payment.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalEntryTest {
    @Test
    void aChargeSplitsThePaymentBetweenAgencyAndFeeAndBalances() {
        assertThat(JournalEntry.charge(5000, 100).lines()).containsExactly(
                new JournalEntry.Line(LedgerAccount.GATEWAY_CLEARING, 5000),
                new JournalEntry.Line(LedgerAccount.AGENCY_PAYABLE, -4900),
                new JournalEntry.Line(LedgerAccount.GATEWAY_FEES, -100));
    }

    @Test
    void theFeeNeverExceedsTheAmountAndZeroLinesAreDropped() {
        assertThat(JournalEntry.charge(50, 100).lines()).containsExactly(
                new JournalEntry.Line(LedgerAccount.GATEWAY_CLEARING, 50),
                new JournalEntry.Line(LedgerAccount.GATEWAY_FEES, -50));
    }

    @Test
    void aRefundComesOutOfWhatTheAgencyIsOwed() {
        assertThat(JournalEntry.refund(700).lines()).extracting(JournalEntry.Line::amountSen).containsExactly(700L, -700L);
    }

    @Test
    void aSettlementMovesMoneyFromClearingToTheBank() {
        assertThat(JournalEntry.settlement(900).lines()).containsExactly(
                new JournalEntry.Line(LedgerAccount.SETTLEMENT_BANK, 900),
                new JournalEntry.Line(LedgerAccount.GATEWAY_CLEARING, -900));
    }

    @Test
    void unbalancedOrOneSidedJournalsAreRefused() {
        assertThatThrownBy(() -> new JournalEntry().debit(LedgerAccount.GATEWAY_CLEARING, 10)
                .credit(LedgerAccount.AGENCY_PAYABLE, 9).lines()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JournalEntry().debit(LedgerAccount.GATEWAY_CLEARING, 0).lines())
                .isInstanceOf(IllegalStateException.class);
        assertThat(ReceiptNumbers.format("JPJ", 2026, 42)).isEqualTo("JPJ-2026-000042");
    }
}
