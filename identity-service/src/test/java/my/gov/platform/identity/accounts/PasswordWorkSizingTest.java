package my.gov.platform.identity.accounts;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordWorkSizingTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void theHeapHoldsTheBaseAndOnePermitPerTwentyMebibytes() {
        // What Runtime.maxMemory() reports under -XX:+UseSerialGC: -Xmx less one survivor space.
        assertThat(PasswordWorkSizing.permitsFor(93 * MIB)).as("-Xmx96m").isEqualTo(2);
        assertThat(PasswordWorkSizing.permitsFor(77 * MIB)).as("-Xmx80m").isEqualTo(1);
        assertThat(PasswordWorkSizing.permitsFor(200 * MIB)).isEqualTo(8);
        assertThat(PasswordWorkSizing.permitsFor(32 * MIB)).as("below the base: slow, not shut").isEqualTo(1);
    }

    @Test
    void oneHashAllocatesNoMoreThanTheSizingAssumes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        PasswordHasher.hash("warm-up-the-classes-first");
        long before = threads.getCurrentThreadAllocatedBytes();
        PasswordHasher.hash("Kopi-Tarik-Setiap-Pagi");
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).isBetween(19 * MIB, PasswordWorkSizing.PER_HASH_BYTES);
    }
}
