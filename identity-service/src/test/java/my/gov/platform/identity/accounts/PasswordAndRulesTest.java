package my.gov.platform.identity.accounts;

import my.gov.platform.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordAndRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final AccountRules rules = new AccountRules(List.of("gov.my"),
            agency -> agency.equals("JPJ") ? List.of("jpj.gov.my") : List.of());

    @Test
    void passwordPolicyRefusesShortIdentifierAndCommonPasswords() {
        assertThat(PasswordPolicy.check("Kopi-Tarik-Setiap-Pagi", "850101145011")).isEmpty();
        assertThat(PasswordPolicy.check("short-pass1", "850101145011")).hasValueSatisfying(r -> assertThat(r).contains("12"));
        assertThat(PasswordPolicy.check("850101-14-5011", "850101145011")).isPresent();
        assertThat(PasswordPolicy.check("siti@example.com", "siti@example.com")).isPresent();
        assertThat(PasswordPolicy.check("Password1234", "x@example.com")).hasValueSatisfying(r -> assertThat(r).contains("common"));
        assertThat(PasswordPolicy.check("a".repeat(129))).isPresent();
    }

    @Test
    void argon2idHashesVerifyOnlyTheirOwnPassword() {
        String hash = PasswordHasher.hash("Kopi-Tarik-Setiap-Pagi");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Kopi");
        assertThat(PasswordHasher.matches("Kopi-Tarik-Setiap-Pagi", hash)).isTrue();
        assertThat(PasswordHasher.matches("Kopi-Tarik-Setiap-Petang", hash)).isFalse();
        assertThat(PasswordHasher.hash("Kopi-Tarik-Setiap-Pagi")).isNotEqualTo(hash);
        assertThat(PasswordHasher.matches("x", "not-a-hash")).isFalse();
    }

    @Test
    void civilServantsNeedAnOfficialAddressIncludingSubdomains() {
        assertThat(rules.isOfficial("ahmad@jpj.gov.my")).isTrue();
        assertThat(rules.isOfficial("ahmad@gov.my")).isTrue();
        assertThat(rules.isOfficial("ahmad@notgov.my")).isFalse();
        assertThat(rules.isOfficial("ahmad@gov.my.evil.example")).isFalse();
        assertThatThrownBy(() -> rules.loginIdFor(request(AccountKind.CIVIL_SERVANT, "ahmad@gmail.com", null), TODAY))
                .isInstanceOf(ProblemException.class).hasMessageContaining("email");
        assertThat(rules.loginIdFor(request(AccountKind.CIVIL_SERVANT, "Ahmad@JPJ.gov.my", null), TODAY)).isEqualTo("ahmad@jpj.gov.my");
    }

    @Test
    void citizensSignInWithTheirMyKadDigits() {
        assertThat(rules.loginIdFor(request(AccountKind.CITIZEN, "siti@example.com", "850101-14-5011"), TODAY)).isEqualTo("850101145011");
        assertThatThrownBy(() -> rules.loginIdFor(request(AccountKind.CITIZEN, "siti@example.com", "851301-14-5011"), TODAY))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mykadNumber");
    }

    @Test
    void destinationsAreMasked() {
        assertThat(Masking.email("siti@example.com")).isEqualTo("s***@example.com");
        assertThat(Masking.phone("+60123456789")).isEqualTo("+6012****789");
    }

    private static RegisterAccountRequest request(AccountKind kind, String email, String mykad) {
        return new RegisterAccountRequest(kind, "Test Person", email, null, "Kopi-Tarik-Setiap-Pagi", mykad, null, null, null, "JPJ");
    }
}
