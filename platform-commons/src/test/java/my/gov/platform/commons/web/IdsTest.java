package my.gov.platform.commons.web;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {
    @Test
    void idsAreVersion7AndSortByCreationTime() {
        UUID first = Ids.newId();
        long created = System.currentTimeMillis();
        while (System.currentTimeMillis() == created) {
            Thread.onSpinWait();
        }
        UUID later = Ids.newId();

        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(later).isGreaterThan(first);
        assertThat(first.getMostSignificantBits() >>> 16).isLessThanOrEqualTo(created);
    }
}
