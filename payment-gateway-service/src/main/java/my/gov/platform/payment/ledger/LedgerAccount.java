package my.gov.platform.payment.ledger;

/**
 * The accounts every agency has. Balances are signed sen, debit positive: clearing is what the
 * acquirers still owe us for captured payments and settlement bank what they have paid in (assets,
 * positive); agency payable is what we owe the agency and gateway fees our income (credits, negative).
 */
public enum LedgerAccount {
    GATEWAY_CLEARING, SETTLEMENT_BANK, AGENCY_PAYABLE, GATEWAY_FEES
}
