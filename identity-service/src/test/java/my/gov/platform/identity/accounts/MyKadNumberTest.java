package my.gov.platform.identity.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MyKadNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void parsesWithOrWithoutDashesAndShowsTheDashedForm() {
        MyKadNumber mykad = MyKadNumber.parse("850101-14-5011", TODAY).orElseThrow();
        assertThat(mykad.digits()).isEqualTo("850101145011");
        assertThat(mykad.formatted()).isEqualTo("850101-14-5011");
        assertThat(mykad.masked()).isEqualTo("850101-**-***1");
        assertThat(mykad.dateOfBirth()).isEqualTo(LocalDate.of(1985, 1, 1));
        assertThat(MyKadNumber.parse("850101145011", TODAY)).contains(mykad);
    }

    @Test
    void twoDigitYearsAreTheLatestYearNotInTheFuture() {
        assertThat(MyKadNumber.parse("050315-10-1234", TODAY).orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(2005, 3, 15));
        assertThat(MyKadNumber.parse("261231-10-1234", TODAY).orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(1926, 12, 31));
        assertThat(MyKadNumber.parse("000229-10-1234", TODAY).orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"851301-14-5011", "850230-14-5011", "850132-14-5011", "850101-00-5011", "850101-17-5011",
            "850101-20-5011", "850101-70-5011", "850101-73-5011", "850101-80-5011", "850101-95-5011", "85010114501",
            "8501011450111", "85O101-14-5011", "850101_14_5011", ""})
    void impossibleDatesUnknownPlaceCodesAndBadFormsAreRefused(String value) {
        assertThat(MyKadNumber.parse(value, TODAY)).isEmpty();
    }

    @Test
    void knownPlaceOfBirthCodesCoverStatesAndCountries() {
        assertThat(MyKadNumber.knownPlaceOfBirth(1)).isTrue();
        assertThat(MyKadNumber.knownPlaceOfBirth(16)).isTrue();
        assertThat(MyKadNumber.knownPlaceOfBirth(59)).isTrue();
        assertThat(MyKadNumber.knownPlaceOfBirth(71)).isTrue();
        assertThat(MyKadNumber.knownPlaceOfBirth(82)).isTrue();
        assertThat(MyKadNumber.knownPlaceOfBirth(99)).isTrue();
        assertThat(MyKadNumber.knownPlaceOfBirth(69)).isFalse();
        assertThat(MyKadNumber.knownPlaceOfBirth(81)).isFalse();
        assertThat(MyKadNumber.parse(null, TODAY)).isEmpty();
    }
}
