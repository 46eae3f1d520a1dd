package my.gov.platform.exchange.audit;

import my.gov.platform.exchange.audit.MerkleTree.Node;
import my.gov.platform.exchange.audit.MerkleTree.Subtrees;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The tree's perfect subtrees as stored: leaves are the entries' {@code leaf_hash}, larger subtrees
 * are rows of {@code audit_tree_node}, written by the sequencer as each one completes. Roots and
 * proofs then read O(log n) rows instead of every leaf. The stored nodes are not trusted for
 * verification: {@link AuditVerifier} recomputes the tree from the entries, and a proof built from
 * a falsified node fails the auditor's check against the signed checkpoint.
 */
final class StoredSubtrees {
    private static final byte[] PLACEHOLDER = new byte[32];

    private StoredSubtrees() {
    }

    /**
     * Runs a Merkle computation over the stored subtrees: once to learn which nodes it needs (the
     * computation's path does not depend on hash values), then, after reading them in two queries,
     * for real.
     */
    static <T> T compute(Connection connection, Function<Subtrees, T> computation) throws SQLException {
        Set<Node> wanted = new LinkedHashSet<>();
        computation.apply((level, index) -> {
            wanted.add(new Node(level, index));
            return PLACEHOLDER;
        });
        Map<Node, byte[]> found = read(connection, wanted);
        return computation.apply((level, index) -> {
            byte[] hash = found.get(new Node(level, index));
            if (hash == null) {
                throw new IllegalStateException("The audit tree has no stored node at level " + level + ", index " + index);
            }
            return hash;
        });
    }

    private static Map<Node, byte[]> read(Connection connection, Set<Node> wanted) throws SQLException {
        Map<Node, byte[]> found = new HashMap<>();
        Long[] leaves = wanted.stream().filter(n -> n.level() == 0).map(Node::index).toArray(Long[]::new);
        if (leaves.length > 0) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT leaf_index, leaf_hash FROM audit_entry WHERE leaf_index = ANY(?)")) {
                query.setArray(1, connection.createArrayOf("bigint", leaves));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.put(new Node(0, rows.getLong(1)), Hex.parse(rows.getString(2)));
                    }
                }
            }
        }
        Node[] nodes = wanted.stream().filter(n -> n.level() > 0).toArray(Node[]::new);
        if (nodes.length > 0) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT n.level, n.idx, n.hash FROM audit_tree_node n
                    JOIN unnest(?::int[], ?::bigint[]) AS w(level, idx) ON n.level = w.level AND n.idx = w.idx""")) {
                query.setArray(1, connection.createArrayOf("int", Arrays.stream(nodes).map(Node::level).toArray()));
                query.setArray(2, connection.createArrayOf("bigint", Arrays.stream(nodes).map(Node::index).toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.put(new Node(rows.getInt(1), rows.getLong(2)), rows.getBytes(3));
                    }
                }
            }
        }
        return found;
    }

    /** Stores subtrees completed by a sequencer pass, in its transaction. */
    static void store(Connection connection, Map<Node, byte[]> completed) throws SQLException {
        if (completed.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_tree_node (level, idx, hash)
                SELECT level, idx, decode(hash, 'hex') FROM unnest(?::int[], ?::bigint[], ?::text[]) AS n(level, idx, hash)""")) {
            insert.setArray(1, connection.createArrayOf("int", completed.keySet().stream().map(Node::level).toArray()));
            insert.setArray(2, connection.createArrayOf("bigint", completed.keySet().stream().map(Node::index).toArray()));
            insert.setArray(3, connection.createArrayOf("text", completed.values().stream().map(Hex::of).toArray()));
            insert.executeUpdate();
        }
    }
}
