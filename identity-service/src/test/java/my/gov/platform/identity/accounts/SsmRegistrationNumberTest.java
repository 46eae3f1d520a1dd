package my.gov.platform.identity.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SsmRegistrationNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void readsYearEntityTypeAndSequence() {
        SsmRegistrationNumber number = SsmRegistrationNumber.parse("201901000005", TODAY).orElseThrow();
        assertThat(number.year()).isEqualTo(2019);
        assertThat(number.type()).isEqualTo(SsmRegistrationNumber.EntityType.LOCAL_COMPANY);
        assertThat(number.sequence()).isEqualTo("000005");
        assertThat(SsmRegistrationNumber.parse("202606123456", TODAY).orElseThrow().type())
                .isEqualTo(SsmRegistrationNumber.EntityType.PROFESSIONAL_LLP);
        assertThat(SsmRegistrationNumber.parse("202003000001", TODAY).orElseThrow().type())
                .isEqualTo(SsmRegistrationNumber.EntityType.BUSINESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "180099000001", // a year before the scheme and no such entity type
            "201801000005", // the year before the 12-digit format
            "202701000005", // registered next year
            "201900000005", // entity type 00
            "201907000005", // entity type 07
            "201901000000", // sequence all zeros
            "20190100005", "2019010000051", "2019-01-000005", "ABCD01000005", ""})
    void refusesNumbersOutsideThePublishedStructure(String value) {
        assertThat(SsmRegistrationNumber.parse(value, TODAY)).isEmpty();
    }
}
