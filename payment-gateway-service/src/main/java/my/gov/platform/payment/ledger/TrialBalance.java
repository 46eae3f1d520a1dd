package my.gov.platform.payment.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TrialBalance", description = "An agency's accounts; debits are positive, credits negative, and the total is always zero")
public record TrialBalance(
        @Schema(examples = "JPJ") String agency,
        List<AccountBalance> accounts,
        @Schema(description = "Sum of all balances: zero unless the books are broken", examples = "0") long totalSen) {

    @Schema(name = "AccountBalance")
    public record AccountBalance(
            @Schema(examples = "GATEWAY_CLEARING") LedgerAccount account,
            @Schema(examples = "105000") long debitsSen,
            @Schema(examples = "5000") long creditsSen,
            @Schema(description = "debits minus credits", examples = "100000") long balanceSen) {
    }

    static TrialBalance of(String agency, List<Ledger.Balance> balances) {
        List<AccountBalance> accounts = balances.stream()
                .map(b -> new AccountBalance(b.account(), b.debitsSen(), b.creditsSen(), b.balanceSen())).toList();
        return new TrialBalance(agency, accounts, balances.stream().mapToLong(Ledger.Balance::balanceSen).sum());
    }
}
