package my.gov.platform.exchange.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;

import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Merkle log. Entries are recorded inside the caller's transaction (a decision and its audit
 * entry commit together) without taking any lock; {@link #sequence()} then places committed entries
 * in the tree in batches, so concurrent exchanges do not queue behind one another's commits.
 */
@ApplicationScoped
public class AuditLog {
    private static final int BATCH = 1000;

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final AuditSequencer sequencer;

    AuditLog(EntityManager entityManager, TransactionSynchronizationRegistry transactions, AuditSequencer sequencer) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.sequencer = sequencer;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(AuditFacts facts) {
        return append(Ids.newId(), facts);
    }

    /** Records an entry under an id the caller chose, e.g. to name it in an event written before it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(UUID id, AuditFacts facts) {
        AuditEntry entry = new AuditEntry();
        entry.id = id;
        entry.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.kind = facts.kind();
        entry.actor = facts.actor();
        entry.consumerAgency = facts.consumerAgency();
        entry.providerAgency = facts.providerAgency();
        entry.productCode = facts.productCode();
        entry.agreementId = facts.agreementId();
        entry.consentId = facts.consentId();
        entry.purposeCode = facts.purposeCode();
        entry.recordKeyHash = facts.recordKeyHash();
        entry.fields = facts.fields();
        entry.outcome = facts.outcome();
        entry.requestHash = facts.requestHash();
        entry.responseHash = facts.responseHash();
        entry.persist();
        wakeSequencerAfterCommit();
        return entry;
    }

    /** Places committed, unplaced entries at the next leaf indexes; returns how many were placed. */
    @Transactional
    public int sequence() {
        int placed = 0;
        int batch;
        do {
            batch = sequenceBatch();
            placed += batch;
        } while (batch == BATCH);
        return placed;
    }

    private int sequenceBatch() {
        // The head row lock makes the sequencer the only writer of leaf indexes, even across instances.
        long next = ((Number) entityManager.createNativeQuery("SELECT tree_size FROM audit_tree_head FOR UPDATE")
                .getSingleResult()).longValue();
        List<AuditEntry> pending = AuditEntry.<AuditEntry>find("leafIndex is null order by recordedAt, id")
                .page(0, BATCH).list();
        for (AuditEntry entry : pending) {
            entry.leafIndex = next;
            entry.leafHash = LeafCodec.leafHashOf(entry.toRecord(next));
            next++;
        }
        if (!pending.isEmpty()) {
            entityManager.flush();
            entityManager.createNativeQuery("UPDATE audit_tree_head SET tree_size = ?1").setParameter(1, next).executeUpdate();
        }
        return pending.size();
    }

    /** Signs the current tree head (after placing every committed entry), unless already signed. */
    @Transactional
    public Checkpoint checkpoint() {
        sequence();
        long size = ((Number) entityManager.createNativeQuery("SELECT tree_size FROM audit_tree_head")
                .getSingleResult()).longValue();
        AuditCheckpoint existing = AuditCheckpoint.findById(size);
        if (existing != null) {
            return existing.toCheckpoint();
        }
        AuditSigningKey key = signingKey();
        Checkpoint signed = CheckpointSigner.sign(size, Hex.of(MerkleTree.root(leaves(size))),
                Instant.now().truncatedTo(ChronoUnit.MICROS), key.keyId, CheckpointSigner.privateKey(key.privateKey));
        AuditCheckpoint row = new AuditCheckpoint();
        row.treeSize = signed.treeSize();
        row.rootHash = signed.rootHash();
        row.signedAt = signed.signedAt();
        row.keyId = signed.keyId();
        row.signature = signed.signature();
        row.persist();
        return signed;
    }

    public Optional<Checkpoint> latest() {
        return AuditCheckpoint.<AuditCheckpoint>find("order by treeSize desc").firstResultOptional()
                .map(AuditCheckpoint::toCheckpoint);
    }

    public Checkpoint checkpointAt(long treeSize) {
        AuditCheckpoint checkpoint = AuditCheckpoint.findById(treeSize);
        if (checkpoint == null) {
            throw ProblemException.notFound("checkpoint at tree size", treeSize);
        }
        return checkpoint.toCheckpoint();
    }

    public List<byte[]> leaves(long treeSize) {
        return AuditEntry.<AuditEntry>find("leafIndex < ?1 order by leafIndex", treeSize).list().stream()
                .map(e -> Hex.parse(e.leafHash)).toList();
    }

    public Optional<AuditEntry> at(long leafIndex) {
        return AuditEntry.<AuditEntry>find("leafIndex", leafIndex).firstResultOptional();
    }

    /** Every placed entry, in tree order, with the index and hash stored in its row. */
    public List<AuditRecord> records() {
        return AuditEntry.<AuditEntry>find("leafIndex is not null order by leafIndex").list().stream()
                .map(e -> e.toRecord(e.leafIndex)).toList();
    }

    public List<Checkpoint> checkpoints() {
        return AuditCheckpoint.<AuditCheckpoint>find("order by treeSize").list().stream().map(AuditCheckpoint::toCheckpoint).toList();
    }

    /** The signing key, created at start-up (see {@link CheckpointSchedule}) if the database has none. */
    @Transactional
    public AuditSigningKey signingKey() {
        Optional<AuditSigningKey> existing = AuditSigningKey.<AuditSigningKey>find("order by createdAt").firstResultOptional();
        if (existing.isPresent()) {
            return existing.get();
        }
        KeyPair pair = CheckpointSigner.newKeyPair();
        AuditSigningKey key = new AuditSigningKey();
        key.keyId = "exchange-audit-" + Ids.newId();
        key.algorithm = CheckpointSigner.ALGORITHM;
        key.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        key.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        key.createdAt = Instant.now();
        key.persist();
        return key;
    }

    private void wakeSequencerAfterCommit() {
        if (transactions.getResource(AuditLog.class) == null) {
            transactions.putResource(AuditLog.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        sequencer.wake();
                    }
                }
            });
        }
    }
}
