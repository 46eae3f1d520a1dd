package my.gov.platform.exchange.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MerkleTreeTest {

    private static List<byte[]> leaves(int n) {
        return IntStream.range(0, n).mapToObj(i -> MerkleTree.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    @Test
    void hashesFollowRfc9162DomainSeparation() {
        assertThat(Hex.of(MemoryTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        // RFC 6962 test vector: the leaf hash of the empty string.
        assertThat(Hex.of(MerkleTree.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        List<byte[]> two = leaves(2);
        assertThat(MemoryTree.root(two)).isEqualTo(MerkleTree.nodeHash(two.get(0), two.get(1)));
        List<byte[]> three = leaves(3);
        assertThat(MemoryTree.root(three)).isEqualTo(MerkleTree.nodeHash(
                MerkleTree.nodeHash(three.get(0), three.get(1)), three.get(2)));
    }

    @Test
    void everyInclusionProofVerifiesAndAWrongLeafDoesNot() {
        for (int size = 1; size <= 33; size++) {
            List<byte[]> tree = leaves(size);
            byte[] root = MemoryTree.root(tree);
            for (int index = 0; index < size; index++) {
                List<byte[]> path = MemoryTree.inclusionProof(index, tree);
                assertThat(MerkleTree.verifyInclusion(index, size, tree.get(index), path, root))
                        .as("leaf %d of %d", index, size).isTrue();
                assertThat(MerkleTree.verifyInclusion(index, size, MerkleTree.leafHash(new byte[]{1}), path, root)).isFalse();
                if (size > 1) {
                    assertThat(MerkleTree.verifyInclusion((index + 1) % size, size, tree.get(index), path, root)).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndARewrittenHistoryDoesNot() {
        for (int newSize = 1; newSize <= 33; newSize++) {
            List<byte[]> tree = leaves(newSize);
            byte[] newRoot = MemoryTree.root(tree);
            for (int oldSize = 1; oldSize <= newSize; oldSize++) {
                byte[] oldRoot = MemoryTree.root(tree.subList(0, oldSize));
                List<byte[]> proof = MemoryTree.consistencyProof(oldSize, tree);
                assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof))
                        .as("%d -> %d", oldSize, newSize).isTrue();
                if (oldSize < newSize) {
                    List<byte[]> rewritten = new ArrayList<>(tree);
                    rewritten.set(0, MerkleTree.leafHash(new byte[]{9}));
                    byte[] forgedOldRoot = MemoryTree.root(rewritten.subList(0, oldSize));
                    assertThat(MerkleTree.verifyConsistency(oldSize, newSize, forgedOldRoot, newRoot, proof)).isFalse();
                }
            }
        }
    }

    @Test
    void nodesStoredAsTheyCompleteGiveTheRootsAndProofsOfTheWholeTree() {
        List<byte[]> tree = leaves(45);
        Map<MerkleTree.Node, byte[]> stored = new HashMap<>();
        MerkleTree.Subtrees fromStore = (level, index) -> level == 0 ? tree.get((int) index)
                : Objects.requireNonNull(stored.get(new MerkleTree.Node(level, index)), "node not stored");
        int placed = 0;
        for (int batch : List.of(1, 2, 5, 1, 8, 3, 13, 12)) {
            stored.putAll(MerkleTree.completedBy(placed, tree.subList(placed, placed + batch), fromStore));
            placed += batch;
            assertThat(MerkleTree.root(placed, fromStore)).isEqualTo(MemoryTree.root(tree.subList(0, placed)));
        }
        assertThat(stored).hasSize(45 - Integer.bitCount(45));
        for (int index = 0; index < 45; index++) {
            assertThat(Hex.of(MerkleTree.inclusionProof(index, 45, fromStore)))
                    .isEqualTo(Hex.of(MemoryTree.inclusionProof(index, tree)));
            assertThat(Hex.of(MerkleTree.consistencyProof(index + 1, 45, fromStore)))
                    .isEqualTo(Hex.of(MemoryTree.consistencyProof(index + 1, tree)));
        }
    }

    @Test
    void theFrontierGivesTheRootAtEverySizeFromLogNHashes() {
        List<byte[]> tree = leaves(70);
        MerkleTree.Frontier frontier = new MerkleTree.Frontier();
        assertThat(frontier.root()).isEqualTo(MemoryTree.root(List.of()));
        for (int size = 1; size <= tree.size(); size++) {
            frontier.append(tree.get(size - 1));
            assertThat(frontier.size()).isEqualTo(size);
            assertThat(frontier.root()).isEqualTo(MemoryTree.root(tree.subList(0, size)));
        }
    }
}
