package my.gov.platform.catalogue.onceonly;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which product a breach names when several hold the field the step asks for. */
class OnceOnlyCheckTest {
    private static final RegistryProduct ENTREPRENEURS = new RegistryProduct("ENTREPRENEURS", "Entrepreneurs",
            "REPOSITORY", "mykadNumber", List.of("mykadNumber", "businessName", "companyRegistrationNumber"));
    private static final RegistryProduct COMPANY = new RegistryProduct("COMPANY", "Company registry", "REGISTRY",
            "companyRegistrationNumber", List.of("companyRegistrationNumber", "companyName"));
    private static final RegistryProduct VEHICLE = new RegistryProduct("VEHICLE", "Vehicle registry", "REGISTRY",
            "registrationNumber", List.of("registrationNumber", "ownerMykadNumber", "mykadNumber"));
    private static final RegistryProduct POPULATION = new RegistryProduct("POPULATION", "Population registry", "REGISTRY",
            "mykadNumber", List.of("mykadNumber", "fullName"));

    private static List<OnceOnlyBreach> breachesOf(String asked, List<RegistryProduct> products) {
        return OnceOnlyCheck.breaches(List.of(List.of(asked)), products);
    }

    @Test
    void aRegistryIsNamedBeforeARepositoryListedEarlier() {
        assertThat(breachesOf("companyRegistrationNumber", List.of(ENTREPRENEURS, COMPANY)))
                .containsExactly(new OnceOnlyBreach(1, "companyRegistrationNumber", "COMPANY", "Company registry"));
    }

    @Test
    void amongRegistriesTheOneKeyedByTheFieldIsNamed() {
        assertThat(breachesOf("MYKADNUMBER", List.of(ENTREPRENEURS, VEHICLE, POPULATION)))
                .extracting(OnceOnlyBreach::product).containsExactly("POPULATION");
    }

    @Test
    void withoutKindOrKeyTheFirstProductHoldingTheFieldIsNamed() {
        RegistryProduct first = new RegistryProduct("A", "A", List.of("email"));
        RegistryProduct second = new RegistryProduct("B", "B", List.of("email"));
        assertThat(breachesOf("email", List.of(first, second))).extracting(OnceOnlyBreach::product).containsExactly("A");
    }

    @Test
    void aFieldNoProductHoldsIsNoBreach() {
        assertThat(breachesOf("phoneNumber", List.of(ENTREPRENEURS, COMPANY, POPULATION))).isEmpty();
    }
}
