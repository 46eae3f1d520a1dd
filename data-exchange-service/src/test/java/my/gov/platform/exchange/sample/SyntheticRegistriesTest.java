package my.gov.platform.exchange.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticRegistriesTest {

    @Test
    void theDemoCitizenIsFixedAndOtherRecordsAreDeterministic() {
        var demo = SyntheticRegistries.person(SyntheticRegistries.DEMO_CITIZEN).orElseThrow();
        assertThat(demo).containsEntry("dateOfBirth", "1985-01-01").containsEntry("gender", "LELAKI")
                .containsEntry("fullName", "Ahmad bin Abdullah").doesNotContainKey("dateOfDeath");
        assertThat(SyntheticRegistries.person("920315-10-5678")).isEqualTo(SyntheticRegistries.person("920315-10-5678"));
        assertThat(SyntheticRegistries.person("920315-10-5678").orElseThrow()).containsEntry("gender", "PEREMPUAN");
        assertThat(SyntheticRegistries.person(SyntheticRegistries.DECEASED_CITIZEN).orElseThrow()).containsKey("dateOfDeath");
    }

    @Test
    void malformedKeysHaveNoRecord() {
        assertThat(SyntheticRegistries.person("851301-14-5011")).isEmpty();
        assertThat(SyntheticRegistries.person("not-a-mykad")).isEmpty();
        assertThat(SyntheticRegistries.vehicle("??")).isEmpty();
        assertThat(SyntheticRegistries.company("123")).isEmpty();
    }

    @Test
    void vehiclesAndCompaniesUseTheSharedFieldNames() {
        assertThat(SyntheticRegistries.vehicle("WXY 1234").orElseThrow())
                .containsOnlyKeys("registrationNumber", "ownerMykadNumber", "make", "model", "roadTaxExpiry")
                .containsEntry("ownerMykadNumber", SyntheticRegistries.DEMO_CITIZEN);
        assertThat(SyntheticRegistries.company("202001000001").orElseThrow())
                .containsOnlyKeys("companyRegistrationNumber", "companyName", "companyStatus", "businessAddress", "directors");
    }
}
