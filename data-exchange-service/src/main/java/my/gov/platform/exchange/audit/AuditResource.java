package my.gov.platform.exchange.audit;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.audit.AuditViews.CheckpointView;
import my.gov.platform.exchange.audit.AuditViews.ConsistencyProofView;
import my.gov.platform.exchange.audit.AuditViews.EntryView;
import my.gov.platform.exchange.audit.AuditViews.InclusionProofView;
import my.gov.platform.exchange.audit.AuditViews.PublicKeyView;
import my.gov.platform.exchange.security.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * The audit log for outside auditors: signed checkpoints, the public key and proofs are public
 * (they hold hashes only); entries and full verification need exchange.admin.
 */
@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Tamper-evident Merkle log of every exchange and decision")
public class AuditResource {
    private final AuditLog log;
    private final CheckpointKey key;
    private final TrustedKeys trusted;

    AuditResource(AuditLog log, CheckpointKey key, TrustedKeys trusted) {
        this.log = log;
        this.key = key;
        this.trusted = trusted;
    }

    @GET
    @Path("/public-key")
    @Operation(summary = "The key new checkpoints are signed with",
            description = "Keep a copy: the command-line verifier takes the keys you trust, so that a key swapped in the "
                    + "database is caught. The key id is the first 16 hex digits of the SHA-256 of the key, prefixed.")
    @APIResponse(responseCode = "200", description = "Ed25519 public key")
    public PublicKeyView publicKey() {
        return new PublicKeyView(key.keyId(), CheckpointSigner.ALGORITHM, key.publicKey());
    }

    @GET
    @Path("/public-keys")
    @Operation(summary = "Every key verification trusts, the current one first",
            description = "The current signing key and the retired ones configured with the service, never a key found only "
                    + "in the database. Each checkpoint names its key id; checkpoints signed before a key change verify "
                    + "with the retired key.")
    @APIResponse(responseCode = "200", description = "One page of Ed25519 public keys")
    public Page<PublicKeyView> publicKeys(@Valid @BeanParam PageRequest page) {
        return Page.slice(trusted.publicKeys().entrySet().stream()
                .map(k -> new PublicKeyView(k.getKey(), CheckpointSigner.ALGORITHM, k.getValue())).toList(), page);
    }

    @GET
    @Path("/checkpoints/latest")
    @Operation(summary = "The latest signed checkpoint")
    @APIResponse(responseCode = "200", description = "Checkpoint",
            content = @Content(schema = @Schema(implementation = CheckpointView.class)))
    @APIResponse(responseCode = "404", description = "No checkpoint yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckpointView latest() {
        return CheckpointView.of(log.latest().orElseThrow(() -> ProblemException.notFound("checkpoint", "yet")));
    }

    @GET
    @Path("/checkpoints/{treeSize}")
    @Operation(summary = "The checkpoint signed at a tree size")
    @APIResponse(responseCode = "200", description = "Checkpoint",
            content = @Content(schema = @Schema(implementation = CheckpointView.class)))
    @APIResponse(responseCode = "404", description = "No checkpoint at that size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckpointView checkpoint(@PathParam("treeSize") @Min(0) @Max(Long.MAX_VALUE) long treeSize) {
        return CheckpointView.of(log.checkpointAt(treeSize));
    }

    @POST
    @Path("/checkpoints")
    @PermissionsAllowed(Scopes.ADMIN)
    @Operation(summary = "Sign a checkpoint of the current tree now", description = "Checkpoints are also signed on a schedule.")
    @APIResponse(responseCode = "201", description = "Signed (or the existing checkpoint of this size)",
            content = @Content(schema = @Schema(implementation = CheckpointView.class)))
    @APIResponse(responseCode = "403", description = "Token lacks exchange.admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sign() {
        return Response.status(Response.Status.CREATED).entity(CheckpointView.of(log.checkpoint())).build();
    }

    @GET
    @Path("/entries/{leafIndex}/inclusion-proof")
    @Operation(summary = "Prove an entry is in the tree of a signed checkpoint")
    @APIResponse(responseCode = "200", description = "Proof",
            content = @Content(schema = @Schema(implementation = InclusionProofView.class)))
    @APIResponse(responseCode = "400", description = "Index outside the tree",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No checkpoint at that size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InclusionProofView inclusion(@PathParam("leafIndex") @Min(0) @Max(Long.MAX_VALUE) long leafIndex,
                                        @QueryParam("treeSize") @NotNull @Min(1) @Max(Long.MAX_VALUE) Long treeSize) {
        Checkpoint checkpoint = log.checkpointAt(treeSize);
        if (leafIndex >= treeSize) {
            throw ProblemException.invalid("leafIndex", "must be below treeSize");
        }
        AuditLog.InclusionProof proof = log.inclusionProof(leafIndex, treeSize);
        return new InclusionProofView(leafIndex, treeSize, Hex.of(proof.leafHash()), Hex.of(proof.path()),
                checkpoint.rootHash());
    }

    @GET
    @Path("/consistency-proof")
    @Operation(summary = "Prove the log only grew between two signed checkpoints")
    @APIResponse(responseCode = "200", description = "Proof",
            content = @Content(schema = @Schema(implementation = ConsistencyProofView.class)))
    @APIResponse(responseCode = "400", description = "from is larger than to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No checkpoint at one of the sizes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsistencyProofView consistency(@QueryParam("from") @NotNull @Min(1) @Max(Long.MAX_VALUE) Long from,
                                            @QueryParam("to") @NotNull @Min(1) @Max(Long.MAX_VALUE) Long to) {
        if (from > to) {
            throw ProblemException.invalid("from", "must not be larger than to");
        }
        Checkpoint older = log.checkpointAt(from);
        Checkpoint newer = log.checkpointAt(to);
        return new ConsistencyProofView(from, to, older.rootHash(), newer.rootHash(),
                Hex.of(log.consistencyProof(from, to)));
    }

    @GET
    @Path("/entries/{leafIndex}")
    @PermissionsAllowed(Scopes.ADMIN)
    @Operation(summary = "Read one audit entry")
    @APIResponse(responseCode = "200", description = "Entry", content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "403", description = "Token lacks exchange.admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such entry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntryView entry(@PathParam("leafIndex") @Min(0) @Max(Long.MAX_VALUE) long leafIndex) {
        AuditEntry entry = log.at(leafIndex).orElseThrow(() -> ProblemException.notFound("audit entry", leafIndex));
        return EntryView.of(entry.toRecord(leafIndex));
    }

    @GET
    @Path("/verification")
    @PermissionsAllowed(Scopes.ADMIN)
    @Operation(summary = "Recompute the whole log and report the first bad record",
            description = "Checkpoints verify only with the keys configured with the service (see /v1/audit/public-keys); "
                    + "one signed by a key registered only in the database is a bad record.")
    @APIResponse(responseCode = "200", description = "Report (valid=false names the first bad record)",
            content = @Content(schema = @Schema(implementation = VerificationReport.class)))
    @APIResponse(responseCode = "403", description = "Token lacks exchange.admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationReport verify() {
        return log.verify(trusted.keys());
    }
}
