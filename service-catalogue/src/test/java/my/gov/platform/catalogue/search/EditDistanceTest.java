package my.gov.platform.catalogue.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {
    @Test
    void countsSubstitutionsInsertionsDeletionsAndTranspositions() {
        assertThat(EditDistance.within("lesen", "lesen", 2)).isZero();
        assertThat(EditDistance.within("lisence", "licence", 2)).isEqualTo(1);
        assertThat(EditDistance.within("retrun", "return", 2)).isEqualTo(1);
        assertThat(EditDistance.within("kelahirn", "kelahiran", 2)).isEqualTo(1);
        assertThat(EditDistance.within("pasprot", "pasport", 2)).isEqualTo(1);
    }

    @Test
    void stopsOnceTheBoundIsPassed() {
        assertThat(EditDistance.within("memandu", "perkahwinan", 2)).isEqualTo(3);
        assertThat(EditDistance.within("abc", "abcdefgh", 1)).isEqualTo(2);
    }

    @Test
    void normalisingFoldsCaseAccentsAndPunctuation() {
        assertThat(TextNormaliser.normalise("Pérkahwinan  Bukan-Islam!")).isEqualTo("perkahwinan bukan islam");
        assertThat(TextNormaliser.queryTokens("application for a driving licence")).containsExactly("application", "driving", "licence");
    }
}
