package my.gov.platform.identity.accounts;

/**
 * How many Argon2id computations fit in the heap at once: {@code heap = base + N x m}. Both figures
 * were measured on this service (identity-service README, "Sizing"): one hash at m=19 MiB, t=2, p=1
 * allocates 19.8 MiB (BouncyCastle's 1 KiB blocks and their headers), all of it live until the hash
 * ends; the rest of the service needs {@link #BASE_HEAP_BYTES} (its live set after a full GC under
 * load, plus room for the requests in flight).
 */
public final class PasswordWorkSizing {
    static final long MIB = 1024 * 1024;
    static final long PER_HASH_BYTES = 20 * MIB;
    static final long BASE_HEAP_BYTES = 40 * MIB;

    private PasswordWorkSizing() {
    }

    /** N for a heap of {@code maxHeapBytes}; at least 1, so a small heap is slow rather than shut. */
    public static int permitsFor(long maxHeapBytes) {
        return (int) Math.max(1, (maxHeapBytes - BASE_HEAP_BYTES) / PER_HASH_BYTES);
    }
}
