package my.gov.platform.catalogue.seed;

import my.gov.platform.catalogue.services.E2eClassifier;
import my.gov.platform.catalogue.services.E2eStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceServiceSetTest {
    private final List<ReferenceService> set = ReferenceServiceSet.load();

    @Test
    void atLeastTwoHundredServicesAcrossEverySectorAndGroup() {
        assertThat(set).hasSizeGreaterThanOrEqualTo(200);
        assertThat(set.stream().map(s -> s.request().sector()).distinct())
                .containsExactlyInAnyOrder("SOSIAL_1", "SOSIAL_2", "EKONOMI", "INFRASTRUKTUR", "KESELAMATAN", "PENTADBIRAN_AWAM");
        assertThat(set.stream().map(s -> s.request().targetGroups().get(0)).distinct())
                .containsExactlyInAnyOrder("G2C", "G2B", "G2G", "G2E");
        assertThat(set.stream().map(s -> s.request().code()).distinct()).hasSize(set.size());
    }

    @Test
    void includesThePlatformsOwnServices() {
        assertThat(set.stream().map(s -> s.request().code()))
                .contains("JDN-SSO", "AN-EPAYMENT", "JDN-MYGDX", "JPN-MYDIGITALID");
        ReferenceService epayment = set.stream().filter(s -> s.request().code().equals("AN-EPAYMENT")).findFirst().orElseThrow();
        assertThat(epayment.request().usesEpayment()).isTrue();
        assertThat(epayment.request().targetGroups()).containsExactly("G2G");
        assertThat(E2eClassifier.assess(epayment.request().steps()).status()).isEqualTo(E2eStatus.E2E);
    }

    @Test
    void everyStatusOccursAndTheSetIsTheSameEveryTime() {
        Map<E2eStatus, Long> statuses = set.stream().collect(Collectors.groupingBy(
                s -> E2eClassifier.assess(s.request().steps()).status(), Collectors.counting()));
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(E2eStatus.values());
        assertThat(statuses.get(E2eStatus.E2E)).isGreaterThan(statuses.get(E2eStatus.MANUAL));
        assertThat(ReferenceServiceSet.load()).isEqualTo(set);
        assertThat(set.stream().collect(Collectors.toMap(s -> s.request().code(), Function.identity())))
                .hasSize(set.size());
    }
}
