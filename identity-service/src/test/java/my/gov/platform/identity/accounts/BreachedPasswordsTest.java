package my.gov.platform.identity.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BreachedPasswordsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "qazwsxedcrfvtgb",   // on the breached list as it is
            "Sunshine2026!!",    // a listed password stretched with a year and symbols
            "!!2026football",    // padded in front
            "DRAGON-1234567",    // case does not matter
            "malaysia2026"})     // the project's own list of local favourites
    void listedPasswordsAndTheirPaddedFormsAreRefused(String password) {
        assertThat(PasswordPolicy.check(password, "someone@example.com"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("common or breached"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kopi-Tarik-Setiap-Pagi-2026", "sunshine on the padi field", "2026 nasi lemak bungkus"})
    void passphrasesThatMerelyContainAListedWordAreAccepted(String password) {
        assertThat(PasswordPolicy.check(password, "someone@example.com")).isEmpty();
    }
}
