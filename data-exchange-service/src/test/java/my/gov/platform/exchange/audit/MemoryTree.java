package my.gov.platform.exchange.audit;

import java.util.List;

/** A tree held in memory as all its leaves: the reference the stored and incremental forms are checked against. */
final class MemoryTree {
    private MemoryTree() {
    }

    static MerkleTree.Subtrees of(List<byte[]> leaves) {
        return (level, index) -> perfect(leaves, index << level, 1L << level);
    }

    static byte[] root(List<byte[]> leaves) {
        return MerkleTree.root(leaves.size(), of(leaves));
    }

    static List<byte[]> inclusionProof(int index, List<byte[]> leaves) {
        return MerkleTree.inclusionProof(index, leaves.size(), of(leaves));
    }

    static List<byte[]> consistencyProof(int oldSize, List<byte[]> leaves) {
        return MerkleTree.consistencyProof(oldSize, leaves.size(), of(leaves));
    }

    private static byte[] perfect(List<byte[]> leaves, long from, long n) {
        if (n == 1) {
            return leaves.get((int) from);
        }
        long half = n / 2;
        return MerkleTree.nodeHash(perfect(leaves, from, half), perfect(leaves, from + half, half));
    }
}
