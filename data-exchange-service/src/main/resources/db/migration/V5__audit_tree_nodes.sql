-- The audit tree's perfect subtrees above the leaves: node (level, idx) is the Merkle hash of the
-- 2^level leaves from idx * 2^level on. The sequencer stores each one as it completes, so signed
-- checkpoints and proofs read O(log n) rows rather than every leaf. A cache of values computed from
-- audit_entry: verification recomputes the tree from the entries and never reads it.
CREATE TABLE audit_tree_node (
    level  SMALLINT NOT NULL CHECK (level > 0),
    idx    BIGINT   NOT NULL CHECK (idx >= 0),
    hash   BYTEA    NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
);

-- Rebuilds every node from the placed entries (RFC 9162 node hash, SHA-256(0x01 || left || right)),
-- level by level: for entries placed before this table existed, and for an operator who finds a
-- node falsified (proofs built from it fail against the signed checkpoints).
CREATE FUNCTION rebuild_audit_tree_nodes() RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    below INT := 1;
    made  BIGINT;
BEGIN
    LOCK TABLE audit_tree_head IN EXCLUSIVE MODE;
    DELETE FROM audit_tree_node;
    INSERT INTO audit_tree_node (level, idx, hash)
    SELECT 1, l.leaf_index / 2, sha256('\x01'::bytea || decode(l.leaf_hash, 'hex') || decode(r.leaf_hash, 'hex'))
    FROM audit_entry l JOIN audit_entry r ON r.leaf_index = l.leaf_index + 1
    WHERE l.leaf_index % 2 = 0;
    LOOP
        INSERT INTO audit_tree_node (level, idx, hash)
        SELECT below + 1, l.idx / 2, sha256('\x01'::bytea || l.hash || r.hash)
        FROM audit_tree_node l JOIN audit_tree_node r ON r.level = below AND r.idx = l.idx + 1
        WHERE l.level = below AND l.idx % 2 = 0;
        GET DIAGNOSTICS made = ROW_COUNT;
        EXIT WHEN made = 0;
        below := below + 1;
    END LOOP;
END $$;

SELECT rebuild_audit_tree_nodes();
