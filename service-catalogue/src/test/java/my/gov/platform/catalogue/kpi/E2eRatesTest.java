package my.gov.platform.catalogue.kpi;

import org.junit.jupiter.api.Test;

import java.util.List;

import static my.gov.platform.catalogue.services.E2eStatus.E2E;
import static my.gov.platform.catalogue.services.E2eStatus.E_KAUNTER;
import static my.gov.platform.catalogue.services.E2eStatus.MANUAL;
import static my.gov.platform.catalogue.services.E2eStatus.SEPARA_E2E;
import static org.assertj.core.api.Assertions.assertThat;

class E2eRatesTest {
    /** Seven services, hand-counted: JPJ 2 of 3 E2E, JPN 1 of 3, SSM 0 of 1; overall 3 of 7. */
    private static final List<ServiceFacts> SERVICES = List.of(
            new ServiceFacts("JPJ", "INFRASTRUKTUR", "G2C", E2E),
            new ServiceFacts("JPJ", "INFRASTRUKTUR", "G2C", E2E),
            new ServiceFacts("JPJ", "INFRASTRUKTUR", "G2B", SEPARA_E2E),
            new ServiceFacts("JPN", "KESELAMATAN", "G2C", E2E),
            new ServiceFacts("JPN", "KESELAMATAN", "G2C", E_KAUNTER),
            new ServiceFacts("JPN", "KESELAMATAN", "G2G", MANUAL),
            new ServiceFacts("SSM", "EKONOMI", "G2B", MANUAL));

    @Test
    void ratesMatchTheHandCount() {
        assertThat(E2eRates.compute(SERVICES)).containsExactly(
                new RateRow(Dimension.OVERALL, "ALL", 7, 3, 42.9),
                new RateRow(Dimension.AGENCY, "JPJ", 3, 2, 66.7),
                new RateRow(Dimension.AGENCY, "JPN", 3, 1, 33.3),
                new RateRow(Dimension.AGENCY, "SSM", 1, 0, 0.0),
                new RateRow(Dimension.SECTOR, "EKONOMI", 1, 0, 0.0),
                new RateRow(Dimension.SECTOR, "INFRASTRUKTUR", 3, 2, 66.7),
                new RateRow(Dimension.SECTOR, "KESELAMATAN", 3, 1, 33.3),
                new RateRow(Dimension.TARGET_GROUP, "G2B", 2, 0, 0.0),
                new RateRow(Dimension.TARGET_GROUP, "G2C", 4, 3, 75.0),
                new RateRow(Dimension.TARGET_GROUP, "G2G", 1, 0, 0.0));
    }

    @Test
    void aFortyPercentRiseFromTheTwentyPointTwoBaselineOf2019() {
        TargetProgress progress = TargetProgress.of(Dimension.OVERALL, "ALL", "2019-Q4", "2020-Q4", 40, 20.2, 24.2);
        assertThat(progress.targetRate()).isEqualTo(28.3);
        assertThat(progress.progressPercent()).isEqualTo(49.4);
        assertThat(progress.met()).isFalse();
        assertThat(TargetProgress.of(Dimension.OVERALL, "ALL", "2019-Q4", "2020-Q4", 40, 20.2, 30.0).met()).isTrue();
    }

    @Test
    void withoutABaselineThereIsNoTargetRate() {
        TargetProgress progress = TargetProgress.of(Dimension.SECTOR, "EKONOMI", "2019-Q4", "2020-Q4", 40, null, 10.0);
        assertThat(progress.targetRate()).isNull();
        assertThat(progress.met()).isNull();
    }

    @Test
    void csvHasOneLinePerRateAndTarget() {
        QuarterlyReport report = new QuarterlyReport("2020-Q4", java.time.Instant.EPOCH, E2eRates.compute(SERVICES),
                List.of(TargetProgress.of(Dimension.OVERALL, "ALL", "2019-Q4", "2020-Q4", 40, 20.2, 42.9)));
        assertThat(report.toCsv().split("\r\n")).hasSize(1 + 10 + 1)
                .contains("RATE,AGENCY,JPJ,3,2,66.7,,,,,,", "TARGET,OVERALL,ALL,,,,2019-Q4,20.2,28.3,42.9,280.2,true");
    }
}
