package my.gov.platform.exchange.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.exchange.config.ExchangeConfig;
import org.hibernate.Session;

import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.lang.reflect.Array;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Merkle log, and the one door into it: the only class that knows the audit tables' SQL. A decision
 * or refusal is recorded inside the caller's transaction ({@link #append}: it commits together with the
 * decision) and an exchange's entry in group commits ({@link #openExchange}, {@link #completeExchange}),
 * neither taking any lock; {@link #sequence()} then places committed entries in the tree in batches, so
 * concurrent exchanges do not queue behind one another's commits.
 */
@ApplicationScoped
public class AuditLog {
    private static final int BATCH = 1000;
    /** The kind of entry that counts towards its agreement's used volume once placed. */
    public static final String COMPLETED_EXCHANGE = "EXCHANGE_COMPLETED";
    /** The outcome of an exchange's entry while its provider is asked; the sequencer does not place it yet. */
    public static final String AWAITING_PROVIDER = "AWAITING_PROVIDER";
    /** The outcome of an exchange's entry that was never completed: data may have been released. */
    public static final String UNCONFIRMED = "UNCONFIRMED";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final AuditSequencer sequencer;
    private final CheckpointKey key;
    private final ExchangeAuditWriter exchanges;
    private final Duration unconfirmedAfter;

    AuditLog(EntityManager entityManager, TransactionSynchronizationRegistry transactions, AuditSequencer sequencer, ExchangeAuditWriter exchanges,
             CheckpointKey key, ExchangeConfig config) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.sequencer = sequencer;
        this.key = key;
        this.exchanges = exchanges;
        this.unconfirmedAfter = config.exchange().audit().unconfirmedAfter();
    }

    /**
     * Opens an exchange's entry (outcome {@value #AWAITING_PROVIDER}) in the next opening group commit,
     * outside any transaction; see {@link ExchangeAuditWriter}. Release no data before {@link OpenedEntry#durable()}.
     */
    public OpenedEntry openExchange(UUID queryId, AuditFacts facts) {
        return exchanges.open(queryId, facts);
    }

    /**
     * Completes an opened entry with the hash of the provider's answer and announces the exchange, in a
     * later group commit that is not waited for; see {@link ExchangeAuditWriter#complete}.
     */
    public void completeExchange(UUID queryId, String responseHash, String agency, Map<String, Object> eventData) {
        exchanges.complete(queryId, responseHash, agency, eventData);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(AuditFacts facts) {
        AuditEntry entry = new AuditEntry();
        entry.id = Ids.newId();
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

    /**
     * A data-modifying statement appending entries from array parameters, for a group commit that
     * writes them in one statement with its other rows; bind with {@link #arrayParameters}, and once the
     * statement has committed wake the {@link AuditSequencer}. The sequencer places them, as it does
     * every appended entry.
     */
    static final String INSERT_FROM_ARRAYS = """
            INSERT INTO audit_entry (id, recorded_at, kind, actor, consumer_agency, provider_agency, product_code,
                agreement_id, consent_id, purpose_code, record_key_hash, fields, outcome, request_hash, response_hash)
            SELECT id, ?::timestamptz, kind, actor, consumer_agency, provider_agency, product_code, agreement_id,
                consent_id, purpose_code, record_key_hash, fields, outcome, request_hash, response_hash
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::uuid[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
              AS e(id, kind, actor, consumer_agency, provider_agency, product_code, agreement_id, consent_id,
                purpose_code, record_key_hash, fields, outcome, request_hash, response_hash)""";

    /** A column of {@link #INSERT_FROM_ARRAYS} after recorded_at and id, in order: its value, a UUID or a String. */
    private record FactColumn(Class<?> type, Function<AuditFacts, Object> value) {
    }

    private static final List<FactColumn> FACT_COLUMNS = List.of(new FactColumn(String.class, AuditFacts::kind),
            new FactColumn(String.class, AuditFacts::actor), new FactColumn(String.class, AuditFacts::consumerAgency),
            new FactColumn(String.class, AuditFacts::providerAgency), new FactColumn(String.class, AuditFacts::productCode),
            new FactColumn(UUID.class, AuditFacts::agreementId), new FactColumn(UUID.class, AuditFacts::consentId),
            new FactColumn(String.class, AuditFacts::purposeCode), new FactColumn(String.class, AuditFacts::recordKeyHash),
            new FactColumn(String.class, AuditFacts::fields), new FactColumn(String.class, AuditFacts::outcome),
            new FactColumn(String.class, AuditFacts::requestHash), new FactColumn(String.class, AuditFacts::responseHash));

    /**
     * The parameters of {@link #INSERT_FROM_ARRAYS} in order: the time recorded, then one typed array
     * (UUID[] or String[]) per column, the ids first.
     */
    static List<Object> arrayParameters(List<UUID> ids, List<AuditFacts> facts) {
        List<Object> parameters = new ArrayList<>(FACT_COLUMNS.size() + 2);
        parameters.add(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        parameters.add(ids.toArray(UUID[]::new));
        for (FactColumn column : FACT_COLUMNS) {
            Object[] values = (Object[]) Array.newInstance(column.type(), facts.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = column.value().apply(facts.get(i));
            }
            parameters.add(values);
        }
        return parameters;
    }

    /**
     * A data-modifying statement completing exchanges' entries opened with outcome
     * {@value #AWAITING_PROVIDER}: outcome COMPLETED and the hash of the provider's answer. It returns
     * the event id given with each entry it completed, so that a caller's {@code WITH} clause
     * announces only those; bind with {@link #completionParameters}. An entry already refused, or
     * placed as {@value #UNCONFIRMED}, stays as it is.
     * <p>
     * Its transaction commits without waiting for the disk. The opened entry, already durable, is the
     * record that data was asked for and released; a completion lost in a database crash leaves it to
     * be placed as {@value #UNCONFIRMED}, as a broker crash before the completion would. The WAL is
     * flushed in order, so the next durable commit (the next exchange's opened entry, or a checkpoint)
     * makes it durable too; failing that, PostgreSQL's WAL writer does within three times
     * {@code wal_writer_delay}.
     */
    static final String COMPLETE_FROM_ARRAYS = """
            UPDATE audit_entry a SET outcome = 'COMPLETED', response_hash = c.response_hash
            FROM unnest(?::uuid[], ?::text[], ?::uuid[]) AS c(id, response_hash, event_id)
            WHERE a.id = c.id AND a.leaf_index IS NULL AND a.outcome = 'AWAITING_PROVIDER'
              AND set_config('synchronous_commit', 'off', true) = 'off'
            RETURNING c.event_id""";

    /**
     * {@link #COMPLETE_FROM_ARRAYS} and the completed exchanges' events in one statement: no event for an
     * entry that was not completed. Bind with {@link #completionParameters}, then the outbox's array parameters.
     */
    static final String COMPLETE_AND_ANNOUNCE = "WITH completed AS (" + COMPLETE_FROM_ARRAYS + ") "
            + Outbox.INSERT_FROM_ARRAYS + " WHERE e.id IN (SELECT event_id FROM completed)";

    /** The parameters of {@link #COMPLETE_FROM_ARRAYS} in order: entry ids, answers' hashes, event ids. */
    static List<Object> completionParameters(List<UUID> ids, List<String> responseHashes, List<UUID> eventIds) {
        return List.of(ids.toArray(UUID[]::new), responseHashes.toArray(String[]::new), eventIds.toArray(UUID[]::new));
    }

    /**
     * Turns an exchange's entry still {@value #AWAITING_PROVIDER} into a refusal, in the caller's
     * transaction: the provider failed, so no field was released.
     *
     * @return false if the entry was no longer awaiting its provider
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refuseAwaiting(UUID id, String reason) {
        int refused = entityManager.createNativeQuery("""
                        UPDATE audit_entry SET kind = 'EXCHANGE_REFUSED', outcome = ?2, fields = NULL, consent_id = NULL
                        WHERE id = ?1 AND leaf_index IS NULL AND outcome = 'AWAITING_PROVIDER'""")
                .setParameter(1, id).setParameter(2, reason).executeUpdate();
        wakeSequencerAfterCommit();
        return refused == 1;
    }

    /**
     * The sequencer's pass: as {@link #sequence()}, committed without waiting for the disk. A position
     * lost in a crash is given again by the next pass; it is final once a (durable) checkpoint covers
     * it. The exchanges' own commits are not kept waiting behind this one's flush.
     */
    @Transactional
    public int sequenceInBackground() {
        entityManager.createNativeQuery("SELECT set_config('synchronous_commit', 'off', true)").getSingleResult();
        return sequence();
    }

    /**
     * Places committed, unplaced entries at the next leaf indexes, and counts completed exchanges in
     * their agreements' used volume in the same transaction, so each is counted exactly once and the
     * exchanges' own commits take no lock on the agreement. An exchange's entry still awaiting its
     * provider waits, unless it is older than {@code mygov.exchange.audit.unconfirmed-after}: its
     * completion was lost, so it is placed as {@value #UNCONFIRMED}. Returns how many were placed.
     */
    @Transactional
    public int sequence() {
        // The update locks the entry: a completion arriving now waits, then finds it no longer awaiting.
        entityManager.createNativeQuery("""
                        UPDATE audit_entry SET outcome = 'UNCONFIRMED'
                        WHERE leaf_index IS NULL AND outcome = 'AWAITING_PROVIDER' AND recorded_at < ?1""")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minus(unconfirmedAfter)).executeUpdate();
        int placed = 0;
        int batch;
        do {
            batch = sequenceBatch();
            placed += batch;
        } while (batch == BATCH);
        return placed;
    }

    private int sequenceBatch() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            // The head row lock makes the sequencer the only writer of leaf indexes, even across instances.
            long next;
            try (PreparedStatement head = connection.prepareStatement("SELECT tree_size FROM audit_tree_head FOR UPDATE");
                 ResultSet size = head.executeQuery()) {
                size.next();
                next = size.getLong(1);
            }
            List<UUID> ids = new ArrayList<>();
            List<Long> indexes = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            SortedMap<UUID, Long> used = new TreeMap<>();
            try (PreparedStatement pending = connection.prepareStatement(
                    "SELECT * FROM audit_entry WHERE leaf_index IS NULL AND outcome <> 'AWAITING_PROVIDER' "
                            + "ORDER BY recorded_at, id LIMIT " + BATCH);
                 ResultSet rows = pending.executeQuery()) {
                while (rows.next()) {
                    AuditRecord placed = AuditRecord.of(rows, next);
                    ids.add(placed.id());
                    indexes.add(next++);
                    hashes.add(LeafCodec.leafHashOf(placed));
                    if (COMPLETED_EXCHANGE.equals(placed.kind()) && placed.agreementId() != null) {
                        used.merge(placed.agreementId(), 1L, Long::sum);
                    }
                }
            }
            if (!ids.isEmpty()) {
                long first = next - ids.size();
                List<byte[]> leaves = hashes.stream().map(Hex::parse).toList();
                StoredSubtrees.store(connection, StoredSubtrees.compute(connection,
                        before -> MerkleTree.completedBy(first, leaves, before)));
                try (PreparedStatement place = connection.prepareStatement("""
                        UPDATE audit_entry SET leaf_index = p.leaf_index, leaf_hash = p.leaf_hash
                        FROM unnest(?::uuid[], ?::bigint[], ?::text[]) AS p(id, leaf_index, leaf_hash) WHERE audit_entry.id = p.id;
                        UPDATE audit_tree_head SET tree_size = ?;
                        UPDATE agreement SET volume_used = volume_used + u.count
                        FROM unnest(?::uuid[], ?::bigint[]) AS u(id, count) WHERE agreement.id = u.id""")) {
                    place.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                    place.setArray(2, connection.createArrayOf("bigint", indexes.toArray()));
                    place.setArray(3, connection.createArrayOf("text", hashes.toArray()));
                    place.setLong(4, next);
                    place.setArray(5, connection.createArrayOf("uuid", used.keySet().toArray()));
                    place.setArray(6, connection.createArrayOf("bigint", used.values().toArray()));
                    place.executeUpdate();
                }
            }
            return ids.size();
        });
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
        byte[] root = overStoredTree(subtrees -> MerkleTree.root(size, subtrees));
        Checkpoint signed = key.sign(size, Hex.of(root), Instant.now().truncatedTo(ChronoUnit.MICROS));
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

    /** The leaf hash at {@code leafIndex} and its audit path in the tree of {@code treeSize} leaves. */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        return overStoredTree(subtrees -> new InclusionProof(subtrees.hash(0, leafIndex),
                MerkleTree.inclusionProof(leafIndex, treeSize, subtrees)));
    }

    public record InclusionProof(byte[] leafHash, List<byte[]> path) {
    }

    public List<byte[]> consistencyProof(long oldSize, long treeSize) {
        return overStoredTree(subtrees -> MerkleTree.consistencyProof(oldSize, treeSize, subtrees));
    }

    private <T> T overStoredTree(Function<MerkleTree.Subtrees, T> computation) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> StoredSubtrees.compute(connection, computation));
    }

    public Optional<AuditEntry> at(long leafIndex) {
        return AuditEntry.<AuditEntry>find("leafIndex", leafIndex).firstResultOptional();
    }

    /** Recomputes the stored log in one snapshot against the keys given; see {@link AuditVerifier}. */
    @Transactional
    public VerificationReport verify(Map<String, PublicKey> trustedKeys) {
        return entityManager.unwrap(Session.class).doReturningWork(db -> AuditVerifier.verify(db, trustedKeys));
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
