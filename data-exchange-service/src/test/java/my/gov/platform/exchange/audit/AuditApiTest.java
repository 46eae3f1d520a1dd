package my.gov.platform.exchange.audit;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import my.gov.platform.testing.PlatformTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static my.gov.platform.exchange.ExchangeFixtures.admin;
import static my.gov.platform.exchange.ExchangeFixtures.completedReceipt;
import static my.gov.platform.exchange.ExchangeFixtures.consumer;
import static my.gov.platform.exchange.ExchangeFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditApiTest {
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** A completed query of open data: its entry is ready to be placed. */
    private static String openQuery() {
        String queryId = query("JPJ", Map.of("product", "COMPANY", "purposeCode", "LICENSING", "recordKey", "202001000002"))
                .then().statusCode(200).extract().path("queryId");
        assertThat(completedReceipt("JPJ", queryId)).containsEntry("outcome", "COMPLETED");
        return queryId;
    }

    /** Where the sequencer placed an entry; call after a checkpoint, which places every committed entry. */
    private int leafIndexOf(String entryId) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            return Integer.parseInt(scalar(db, "SELECT leaf_index FROM audit_entry WHERE id = '" + entryId + "'"));
        }
    }

    private static Map<String, Object> checkpoint() {
        return given().auth().oauth2(admin()).when().post("/v1/audit/checkpoints").then().statusCode(201).extract().path("");
    }

    @Test
    void signedCheckpointsCarryInclusionAndConsistencyProofsAnAuditorCanCheck() throws SQLException {
        String firstQuery = openQuery();
        long olderSize = ((Number) checkpoint().get("treeSize")).longValue();
        int first = leafIndexOf(firstQuery);
        openQuery();
        Map<String, Object> newer = checkpoint();
        long newerSize = ((Number) newer.get("treeSize")).longValue();
        assertThat(newerSize).isGreaterThan(olderSize);

        Map<String, Object> key = given().when().get("/v1/audit/public-key").then().statusCode(200).extract().path("");
        Checkpoint signed = new Checkpoint(newerSize, (String) newer.get("rootHash"),
                java.time.Instant.parse((String) newer.get("signedAt")), (String) newer.get("keyId"), (String) newer.get("signature"));
        assertThat(CheckpointSigner.verify(signed, CheckpointSigner.publicKey((String) key.get("publicKey")))).isTrue();

        Map<String, Object> inclusion = given().when().get("/v1/audit/entries/" + first + "/inclusion-proof?treeSize=" + newerSize)
                .then().statusCode(200).extract().path("");
        assertThat(MerkleTree.verifyInclusion(first, newerSize, Hex.parse((String) inclusion.get("leafHash")),
                hashes(inclusion.get("auditPath")), Hex.parse(signed.rootHash()))).isTrue();

        Map<String, Object> consistency = given().when().get("/v1/audit/consistency-proof?from=" + olderSize + "&to=" + newerSize)
                .then().statusCode(200).extract().path("");
        assertThat(MerkleTree.verifyConsistency(olderSize, newerSize, Hex.parse((String) consistency.get("fromRoot")),
                Hex.parse(signed.rootHash()), hashes(consistency.get("proof")))).isTrue();
    }

    @Test
    void editingOrDeletingARowInPostgresIsReportedAsTheFirstBadRecord() throws SQLException {
        String victimQuery = openQuery();
        openQuery();
        checkpoint();
        int victim = leafIndexOf(victimQuery);
        given().auth().oauth2(admin()).when().get("/v1/audit/verification").then().statusCode(200).body("valid", equalTo(true));

        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            String outcome = scalar(db, "SELECT outcome FROM audit_entry WHERE leaf_index = " + victim);
            execute(db, "UPDATE audit_entry SET outcome = 'NOTHING_HAPPENED' WHERE leaf_index = " + victim);
            try {
                given().auth().oauth2(admin()).when().get("/v1/audit/verification").then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("firstBadIndex", equalTo(victim))
                        .body("finding", containsString("altered"));
                assertThat(AuditVerifier.verify(db, servicesKey()).firstBadIndex()).isEqualTo(victim);
            } finally {
                execute(db, "UPDATE audit_entry SET outcome = '" + outcome + "' WHERE leaf_index = " + victim);
            }

            execute(db, "CREATE TEMP TABLE deleted_entry AS SELECT * FROM audit_entry WHERE leaf_index = " + victim);
            execute(db, "DELETE FROM audit_entry WHERE leaf_index = " + victim);
            try {
                given().auth().oauth2(admin()).when().get("/v1/audit/verification").then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("firstBadIndex", equalTo(victim))
                        .body("finding", containsString("missing"));
            } finally {
                execute(db, "INSERT INTO audit_entry SELECT * FROM deleted_entry");
            }
        }
        given().auth().oauth2(admin()).when().get("/v1/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void anExchangesEntryIsPlacedOnceCompletedOrAsUnconfirmedWhenItNeverIs() throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            UUID answered = openedEntry(db, "now()");
            UUID abandoned = openedEntry(db, "now() - interval '3 minutes'");
            checkpoint();
            assertThat(scalar(db, "SELECT leaf_index FROM audit_entry WHERE id = '" + answered + "'")).isNull();
            assertThat(scalar(db, "SELECT outcome FROM audit_entry WHERE id = '" + abandoned + "'")).isEqualTo("UNCONFIRMED");
            assertThat(scalar(db, "SELECT leaf_index FROM audit_entry WHERE id = '" + abandoned + "'")).isNotNull();

            assertThat(complete(db, answered)).isEqualTo(1);
            assertThat(complete(db, abandoned)).as("a placed entry never changes").isZero();
            checkpoint();
            assertThat(scalar(db, "SELECT outcome FROM audit_entry WHERE id = '" + answered + "'")).isEqualTo("COMPLETED");
            assertThat(scalar(db, "SELECT leaf_index FROM audit_entry WHERE id = '" + answered + "'")).isNotNull();
        }
        given().auth().oauth2(admin()).when().get("/v1/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    /** An exchange's entry as the broker opens it while asking the provider. */
    private static UUID openedEntry(Connection db, String recordedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(db, "INSERT INTO audit_entry (id, recorded_at, kind, actor, consumer_agency, provider_agency, product_code, "
                + "purpose_code, fields, outcome, request_hash) VALUES ('" + id + "', " + recordedAt + ", 'EXCHANGE_COMPLETED', "
                + "'JPJ', 'JPJ', 'SSM', 'COMPANY', 'LICENSING', 'companyName', 'AWAITING_PROVIDER', repeat('a', 64))");
        return id;
    }

    /** Runs the completing statement for one entry; returns how many entries it completed. */
    private static int complete(Connection db, UUID id) throws SQLException {
        try (PreparedStatement completion = db.prepareStatement(AuditLog.COMPLETE_FROM_ARRAYS)) {
            completion.setArray(1, db.createArrayOf("uuid", new Object[]{id}));
            completion.setArray(2, db.createArrayOf("text", new Object[]{"b".repeat(64)}));
            completion.setArray(3, db.createArrayOf("uuid", new Object[]{UUID.randomUUID()}));
            int completed = 0;
            try (ResultSet events = completion.executeQuery()) {
                while (events.next()) {
                    completed++;
                }
            }
            return completed;
        }
    }

    @Test
    void proofsFromAFalsifiedTreeNodeFailAndTheNodesRebuildFromTheEntries() throws SQLException {
        for (int i = 0; i < 4; i++) {
            openQuery();
        }
        Map<String, Object> signed = checkpoint();
        long size = ((Number) signed.get("treeSize")).longValue();
        byte[] root = Hex.parse((String) signed.get("rootHash"));
        assertThat(leafZeroProvesIn(size, root)).isTrue();

        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            try {
                execute(db, "UPDATE audit_tree_node SET hash = sha256(hash)");
                assertThat(leafZeroProvesIn(size, root)).isFalse();
            } finally {
                execute(db, "SELECT rebuild_audit_tree_nodes()");
            }
        }
        assertThat(leafZeroProvesIn(size, root)).isTrue();
        openQuery();
        checkpoint();
        given().auth().oauth2(admin()).when().get("/v1/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    /** Leaf 0's path in a tree of four or more leaves includes stored nodes above the leaves. */
    private static boolean leafZeroProvesIn(long treeSize, byte[] root) {
        Map<String, Object> proof = given().when().get("/v1/audit/entries/0/inclusion-proof?treeSize=" + treeSize)
                .then().statusCode(200).extract().path("");
        return MerkleTree.verifyInclusion(0, treeSize, Hex.parse((String) proof.get("leafHash")),
                hashes(proof.get("auditPath")), root);
    }

    /**
     * Someone who can write the database registers a key of their own and signs the latest checkpoint
     * again with it, as they would after rewriting the log. Neither the service's verification nor an
     * auditor holding the service's key trusts it, and the service does not list it as a key of its own.
     */
    @Test
    void aCheckpointSignedAgainUnderAKeyInsertedIntoTheDatabaseIsReportedAsUntrusted() throws SQLException {
        openQuery();
        Map<String, Object> latest = checkpoint();
        long size = ((Number) latest.get("treeSize")).longValue();

        KeyPair intruder = CheckpointSigner.newKeyPair();
        String intruderPublicKey = Base64.getEncoder().encodeToString(intruder.getPublic().getEncoded());
        String intruderId = CheckpointKey.idOf(intruderPublicKey);
        Checkpoint resigned = CheckpointSigner.sign(size, (String) latest.get("rootHash"),
                Instant.parse((String) latest.get("signedAt")), intruderId, intruder.getPrivate());
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            assertThat(scalar(db, "SELECT string_agg(column_name, ',') FROM information_schema.columns "
                    + "WHERE table_name = 'audit_signing_key'")).doesNotContain("private");
            execute(db, "INSERT INTO audit_signing_key (key_id, algorithm, public_key, created_at) VALUES ('" + intruderId
                    + "', 'Ed25519', '" + intruderPublicKey + "', now())");
            execute(db, "UPDATE audit_checkpoint SET key_id = '" + intruderId + "', signature = '" + resigned.signature()
                    + "' WHERE tree_size = " + size);
            try {
                given().auth().oauth2(admin()).when().get("/v1/audit/verification").then().statusCode(200)
                        .body("valid", equalTo(false))
                        .body("finding", containsString("signed by key " + intruderId + ", which is not trusted"));
                assertThat(given().when().get("/v1/audit/public-keys").then().statusCode(200)
                        .extract().<List<String>>path("items.keyId")).doesNotContain(intruderId);
                assertThat(AuditVerifier.verify(db, servicesKey()).finding()).contains(intruderId + ", which is not trusted");
            } finally {
                execute(db, "UPDATE audit_checkpoint SET key_id = '" + latest.get("keyId") + "', signature = '"
                        + latest.get("signature") + "' WHERE tree_size = " + size);
                execute(db, "DELETE FROM audit_signing_key WHERE key_id = '" + intruderId + "'");
            }
        }
        given().auth().oauth2(admin()).when().get("/v1/audit/verification").then().statusCode(200).body("valid", equalTo(true));
    }

    /** The service's current key as an auditor records it from the service. */
    private static Map<String, PublicKey> servicesKey() {
        String publicKey = given().when().get("/v1/audit/public-key").then().statusCode(200).extract().path("publicKey");
        return TrustedKeys.parse(List.of(publicKey));
    }

    @Test
    void verificationAndEntriesNeedTheAdminScope() {
        given().auth().oauth2(consumer("JPJ")).when().get("/v1/audit/verification").then().statusCode(403);
        given().auth().oauth2(consumer("JPJ")).when().post("/v1/audit/checkpoints").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static List<byte[]> hashes(Object hexList) {
        return ((List<String>) hexList).stream().map(Hex::parse).toList();
    }

    private static String scalar(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
