package my.gov.platform.catalogue.services;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class E2eClassifierTest {

    /** Every non-empty combination of the three step kinds (O online, C counter, M manual), in several orders. */
    @ParameterizedTest(name = "{0} -> {1} (breaks at step {2})")
    @CsvSource({
            "O,     E2E,        0",
            "OOO,   E2E,        0",
            "C,     E_KAUNTER,  1",
            "CC,    E_KAUNTER,  1",
            "M,     MANUAL,     1",
            "MM,    MANUAL,     1",
            "OC,    SEPARA_E2E, 2",
            "CO,    SEPARA_E2E, 1",
            "OM,    SEPARA_E2E, 2",
            "OOM,   SEPARA_E2E, 3",
            "CM,    MANUAL,     2",
            "MC,    MANUAL,     1",
            "OCM,   SEPARA_E2E, 2",
            "MOC,   SEPARA_E2E, 1",
            "COM,   SEPARA_E2E, 1"})
    void statusFollowsTheStepKinds(String kinds, E2eStatus expected, int breakingStep) {
        E2eAssessment assessment = E2eClassifier.assess(steps(kinds));

        assertThat(assessment.status()).isEqualTo(expected);
        if (breakingStep == 0) {
            assertThat(assessment.breakingStep()).isNull();
            assertThat(assessment.reason()).contains("online");
        } else {
            assertThat(assessment.breakingStep()).isEqualTo(breakingStep);
            assertThat(assessment.reason()).startsWith("Step " + breakingStep + " (PROCESS_" + breakingStep);
            assertThat(assessment.reasonMs()).startsWith("Langkah " + breakingStep);
        }
    }

    @Test
    void reasonSaysWhatKindOfStepBreaksIt() {
        assertThat(E2eClassifier.assess(steps("OC")).reason()).contains("counter on agency computers").contains("COUNTER");
        assertThat(E2eClassifier.assess(steps("OM")).reason()).contains("face to face");
    }

    @Test
    void aServiceWithoutStepsCannotBeClassified() {
        assertThatThrownBy(() -> E2eClassifier.assess(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Step> steps(String kinds) {
        char[] letters = kinds.toCharArray();
        return java.util.stream.IntStream.range(0, letters.length).mapToObj(i -> switch (letters[i]) {
            case 'O' -> new Step("PROCESS_" + (i + 1), "WEB", StepMode.ONLINE, null);
            case 'C' -> new Step("PROCESS_" + (i + 1), "COUNTER", StepMode.COUNTER_AGENCY_COMPUTER, null);
            case 'M' -> new Step("PROCESS_" + (i + 1), "FACE_TO_FACE", StepMode.MANUAL_FACE_TO_FACE, List.of());
            default -> throw new IllegalArgumentException(Arrays.toString(letters));
        }).toList();
    }
}
