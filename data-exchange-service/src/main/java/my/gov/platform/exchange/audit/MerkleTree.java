package my.gov.platform.exchange.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merkle tree hashing, proofs and proof checks as in RFC 9162 (Certificate Transparency 2.0) §2.1:
 * leaf = SHA-256(0x00 || data), node = SHA-256(0x01 || left || right); the split point of n leaves
 * is the largest power of two below n.
 */
public final class MerkleTree {
    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        return sha.digest(data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        return sha.digest(right);
    }

    /**
     * The hash of a perfect subtree: the {@code 2^level} leaves from {@code index × 2^level} on
     * (level 0 is a leaf hash). Every range the functions below ask for is such an aligned subtree,
     * so a stored tree answers them from O(log n) nodes instead of all leaves.
     */
    @FunctionalInterface
    public interface Subtrees {
        byte[] hash(int level, long index);
    }

    /** A perfect subtree's place: its level (log2 of its leaf count) and its index at that level. */
    public record Node(int level, long index) {
    }

    /** MTH of the first {@code size} leaves; the empty tree's root is SHA-256 of nothing. */
    public static byte[] root(long size, Subtrees subtrees) {
        return size == 0 ? sha256().digest() : mth(0, size, subtrees);
    }

    private static byte[] mth(long from, long to, Subtrees subtrees) {
        long n = to - from;
        if (Long.bitCount(n) == 1) {
            int level = Long.numberOfTrailingZeros(n);
            return subtrees.hash(level, from >> level);
        }
        long k = split(n);
        return nodeHash(mth(from, from + k, subtrees), mth(from + k, to, subtrees));
    }

    /** PATH(m, D[n]) for leaf {@code index} in the tree of the first {@code size} leaves. */
    public static List<byte[]> inclusionProof(long index, long size, Subtrees subtrees) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " is outside a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, subtrees, path);
        return path;
    }

    private static void path(long m, long from, long to, Subtrees subtrees, List<byte[]> out) {
        long n = to - from;
        if (n <= 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(m, from, from + k, subtrees, out);
            out.add(mth(from + k, to, subtrees));
        } else {
            path(m - k, from + k, to, subtrees, out);
            out.add(mth(from, from + k, subtrees));
        }
    }

    /** PROOF(m, D[n]) between the trees of the first {@code oldSize} and {@code size} leaves. */
    public static List<byte[]> consistencyProof(long oldSize, long size, Subtrees subtrees) {
        if (oldSize < 0 || oldSize > size) {
            throw new IllegalArgumentException("size " + oldSize + " is outside a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        if (oldSize > 0 && oldSize < size) {
            subproof(oldSize, 0, size, true, subtrees, proof);
        }
        return proof;
    }

    private static void subproof(long m, long from, long to, boolean wholeOldTree, Subtrees subtrees, List<byte[]> out) {
        long n = to - from;
        if (m == n) {
            if (!wholeOldTree) {
                out.add(mth(from, to, subtrees));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(m, from, from + k, wholeOldTree, subtrees, out);
            out.add(mth(from + k, to, subtrees));
        } else {
            subproof(m - k, from + k, to, false, subtrees, out);
            out.add(mth(from, from + k, subtrees));
        }
    }

    /**
     * The perfect subtrees above the leaves (level 1 and up) that appending {@code leaves} at
     * {@code firstIndex} completes, in the order they complete. Left siblings that lie before
     * {@code firstIndex} are read from {@code before}: O(log n) of them.
     */
    public static Map<Node, byte[]> completedBy(long firstIndex, List<byte[]> leaves, Subtrees before) {
        Map<Node, byte[]> made = new LinkedHashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            long index = firstIndex + i;
            byte[] hash = leaves.get(i);
            int level = 0;
            while ((index & 1) == 1) {
                Node sibling = new Node(level, index - 1);
                byte[] left = level == 0 && index - 1 >= firstIndex ? leaves.get((int) (index - 1 - firstIndex))
                        : made.containsKey(sibling) ? made.get(sibling) : before.hash(level, index - 1);
                hash = nodeHash(left, hash);
                level++;
                index >>= 1;
                made.put(new Node(level, index), hash);
            }
        }
        return made;
    }

    /**
     * The right edge of a tree that grows one leaf at a time: the roots of its perfect subtrees, at
     * most log2(n) + 1 hashes, from which the root at the current size follows. A verifier walks a
     * log of any length with it in constant memory.
     */
    public static final class Frontier {
        private final List<byte[]> subtreeRoots = new ArrayList<>();
        private long size;

        public void append(byte[] leafHash) {
            byte[] hash = leafHash;
            for (long below = size; (below & 1) == 1; below >>= 1) {
                hash = nodeHash(subtreeRoots.remove(subtreeRoots.size() - 1), hash);
            }
            subtreeRoots.add(hash);
            size++;
        }

        public long size() {
            return size;
        }

        /** MTH of the leaves appended so far. */
        public byte[] root() {
            if (subtreeRoots.isEmpty()) {
                return sha256().digest();
            }
            byte[] root = subtreeRoots.get(subtreeRoots.size() - 1);
            for (int i = subtreeRoots.size() - 2; i >= 0; i--) {
                root = nodeHash(subtreeRoots.get(i), root);
            }
            return root;
        }
    }

    /** RFC 9162 §2.1.3.2. */
    public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2. */
    public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        if (oldSize < 0 || oldSize > newSize) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && Arrays.equals(oldRoot, newRoot);
        }
        if (oldSize == 0) {
            return proof.isEmpty();
        }
        List<byte[]> nodes = new ArrayList<>(proof);
        if (Long.bitCount(oldSize) == 1) {
            nodes.add(0, oldRoot);
        }
        if (nodes.isEmpty()) {
            return false;
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = nodes.get(0);
        byte[] sr = nodes.get(0);
        for (byte[] c : nodes.subList(1, nodes.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, oldRoot) && Arrays.equals(sr, newRoot);
    }

    private static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
