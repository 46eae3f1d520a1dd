package my.gov.platform.identity.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NationalityTest {
    @Test
    void onlyIsoAlpha3CountryCodesAreNationalities() {
        assertThat(Nationality.isCountry("IDN")).isTrue();
        assertThat(Nationality.isCountry("SGP")).isTrue();
        assertThat(Nationality.isCountry("XXX")).isFalse();
        assertThat(Nationality.isCountry("idn")).isFalse();
        assertThat(Nationality.isCountry("ID")).isFalse();
        assertThat(Nationality.isCountry(null)).isFalse();
    }
}
