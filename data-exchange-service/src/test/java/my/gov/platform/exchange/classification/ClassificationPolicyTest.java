package my.gov.platform.exchange.classification;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static my.gov.platform.exchange.classification.Classification.OPEN;
import static my.gov.platform.exchange.classification.Classification.RAHSIA;
import static my.gov.platform.exchange.classification.Classification.RAHSIA_BESAR;
import static my.gov.platform.exchange.classification.Classification.SULIT;
import static my.gov.platform.exchange.classification.Classification.TERHAD;
import static org.assertj.core.api.Assertions.assertThat;

class ClassificationPolicyTest {

    @Test
    void openDataNeedsNoAgreement() {
        assertThat(ClassificationPolicy.mayRelease(OPEN, Optional.empty())).isTrue();
    }

    @Test
    void terhadAndSulitNeedAnAgreementCoveringTheirLevel() {
        assertThat(ClassificationPolicy.mayRelease(TERHAD, Optional.empty())).isFalse();
        assertThat(ClassificationPolicy.mayRelease(SULIT, Optional.empty())).isFalse();
        assertThat(ClassificationPolicy.mayRelease(TERHAD, Optional.of(TERHAD))).isTrue();
        assertThat(ClassificationPolicy.mayRelease(SULIT, Optional.of(SULIT))).isTrue();
        assertThat(ClassificationPolicy.mayRelease(SULIT, Optional.of(TERHAD))).as("never above the agreed level").isFalse();
    }

    @Test
    void rahsiaNeverPasses() {
        for (Classification level : List.of(RAHSIA, RAHSIA_BESAR)) {
            assertThat(ClassificationPolicy.mayRelease(level, Optional.of(RAHSIA_BESAR))).isFalse();
            assertThat(ClassificationPolicy.refuseProduct(level)).get().asString().contains(level.malayName());
        }
        assertThat(ClassificationPolicy.refuseProduct(SULIT)).isEmpty();
    }

    @Test
    void levelsOrderAndCarryTheirMalayNames() {
        assertThat(Classification.highest(List.of(OPEN, SULIT, TERHAD))).isEqualTo(SULIT);
        assertThat(Classification.highest(List.of())).isEqualTo(OPEN);
        assertThat(RAHSIA_BESAR.malayName()).isEqualTo("Rahsia Besar");
        assertThat(OPEN.malayName()).isEqualTo("Terbuka");
    }
}
