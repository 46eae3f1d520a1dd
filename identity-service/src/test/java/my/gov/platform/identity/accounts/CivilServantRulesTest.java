package my.gov.platform.identity.accounts;

import my.gov.platform.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CivilServantRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final AccountRules rules = new AccountRules(List.of("gov.my"),
            agency -> agency.equals("JPJ") ? List.of("jpj.gov.my") : List.of());

    @Test
    void theAgencyMustBeInTheDirectory() {
        assertThatThrownBy(() -> rules.loginIdFor(civilServant("ahmad@jpj.gov.my", "ZZZZ"), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("agency")));
    }

    @Test
    void theAddressMustBeAtOneOfTheAgencysDomainsOrTheirSubdomains() {
        assertThat(rules.loginIdFor(civilServant("Ahmad@HQ.JPJ.gov.my", "JPJ"), TODAY)).isEqualTo("ahmad@hq.jpj.gov.my");
        for (String elsewhere : new String[]{"ahmad@jpn.gov.my", "ahmad@notjpj.gov.my", "ahmad@jpj.gov.my.example.com"}) {
            assertThatThrownBy(() -> rules.loginIdFor(civilServant(elsewhere, "JPJ"), TODAY))
                    .as(elsewhere).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.field()).isEqualTo("email")));
        }
    }

    private static RegisterAccountRequest civilServant(String email, String agency) {
        return new RegisterAccountRequest(AccountKind.CIVIL_SERVANT, "Ahmad bin Ali", email, null, "Kopi-Tarik-Setiap-Pagi", null,
                null, null, null, agency);
    }
}
