package my.gov.platform.exchange.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** MTH of the given leaf hashes; the empty tree's root is SHA-256 of nothing. */
    public static byte[] root(List<byte[]> leaves) {
        return leaves.isEmpty() ? sha256().digest() : root(leaves, 0, leaves.size());
    }

    private static byte[] root(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = split(n);
        return nodeHash(root(leaves, from, from + k), root(leaves, from + k, to));
    }

    /** PATH(m, D[n]): the audit path proving leaf {@code index} is in the tree of all given leaves. */
    public static List<byte[]> inclusionProof(int index, List<byte[]> leaves) {
        if (index < 0 || index >= leaves.size()) {
            throw new IllegalArgumentException("leaf index " + index + " is outside a tree of " + leaves.size());
        }
        List<byte[]> path = new ArrayList<>();
        path(index, leaves, 0, leaves.size(), path);
        return path;
    }

    private static void path(int m, List<byte[]> leaves, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(m, leaves, from, from + k, out);
            out.add(root(leaves, from + k, to));
        } else {
            path(m - k, leaves, from + k, to, out);
            out.add(root(leaves, from, from + k));
        }
    }

    /** PROOF(m, D[n]): proves the tree of the first {@code oldSize} leaves is a prefix of the tree of all. */
    public static List<byte[]> consistencyProof(int oldSize, List<byte[]> leaves) {
        if (oldSize < 0 || oldSize > leaves.size()) {
            throw new IllegalArgumentException("size " + oldSize + " is outside a tree of " + leaves.size());
        }
        List<byte[]> proof = new ArrayList<>();
        if (oldSize > 0 && oldSize < leaves.size()) {
            subproof(oldSize, leaves, 0, leaves.size(), true, proof);
        }
        return proof;
    }

    private static void subproof(int m, List<byte[]> leaves, int from, int to, boolean wholeOldTree, List<byte[]> out) {
        int n = to - from;
        if (m == n) {
            if (!wholeOldTree) {
                out.add(root(leaves, from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(m, leaves, from, from + k, wholeOldTree, out);
            out.add(root(leaves, from + k, to));
        } else {
            subproof(m - k, leaves, from + k, to, false, out);
            out.add(root(leaves, from, from + k));
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

    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
