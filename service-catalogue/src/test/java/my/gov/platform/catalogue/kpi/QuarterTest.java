package my.gov.platform.catalogue.kpi;

import my.gov.platform.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {
    @Test
    void datesFallInTheirQuarterAndTheFirstDayOfAQuarterPointsBackToTheOneThatEnded() {
        assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).isEqualTo("2026-Q1");
        assertThat(Quarter.of(LocalDate.of(2026, 4, 1))).isEqualTo("2026-Q2");
        assertThat(Quarter.of(LocalDate.of(2026, 12, 31))).isEqualTo("2026-Q4");
        assertThat(Quarter.previous(LocalDate.of(2027, 1, 1))).isEqualTo("2026-Q4");
        assertThat(Quarter.previous(LocalDate.of(2026, 7, 1))).isEqualTo("2026-Q2");
    }

    @Test
    void onlyWellFormedQuartersAreAccepted() {
        assertThat(Quarter.check("quarter", "2026-Q4")).isEqualTo("2026-Q4");
        assertThatThrownBy(() -> Quarter.check("quarter", "2026-Q5")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Quarter.check("quarter", "Q4-2026")).isInstanceOf(ProblemException.class);
    }
}
