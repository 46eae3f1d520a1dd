package my.gov.platform.exchange.members;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import my.gov.platform.exchange.security.Scopes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Agencies that provide or consume data through MyGDX (public)")
public class MemberResource {
    private final Members members;

    MemberResource(Members members) {
        this.members = members;
    }

    @Schema(name = "Member")
    public record MemberView(@Schema(examples = "JPN") String agencyCode,
                             @Schema(examples = "Jabatan Pendaftaran Negara") String name,
                             @Schema(examples = "demo-registry-agency", description = "identity-service client acting for it") String clientId,
                             @Schema(examples = "[\"PROVIDER\", \"CONSUMER\"]") List<String> roles) {
        static MemberView of(Member m) {
            List<String> roles = new java.util.ArrayList<>();
            if (m.provider) {
                roles.add("PROVIDER");
            }
            if (m.consumer) {
                roles.add("CONSUMER");
            }
            return new MemberView(m.agencyCode, m.name, m.clientId, roles);
        }
    }

    @GET
    @Operation(summary = "List member agencies")
    @APIResponse(responseCode = "200", description = "One page of members, by agency code")
    public Page<MemberView> list(@Valid @BeanParam PageRequest page) {
        return Page.slice(Member.<Member>find("order by agencyCode").list().stream().map(MemberView::of).toList(), page);
    }

    @Schema(name = "MemberRequest", description = "An agency joining the exchange, or a change to its roles")
    public record MemberRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "Kumpulan Wang Persaraan (Diperbadankan)") String name,
            @Size(max = 100) @Schema(examples = "kwap-pension-system", description = "identity-service client acting for it") String clientId,
            @Schema(examples = "false") boolean provider,
            @Schema(examples = "true") boolean consumer) {
    }

    @PUT
    @Path("/{agencyCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Scopes.ADMIN)
    @Operation(summary = "Register a member agency or change its roles (exchange admin)")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "403", description = "Token lacks exchange.admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MemberView put(@PathParam("agencyCode") @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "must be an agency code such as JPN")
                          String agencyCode, @Valid @NotNull MemberRequest request) {
        Member member = members.register(agencyCode, request.name(), request.clientId(), request.provider(), request.consumer());
        return MemberView.of(member);
    }

    @GET
    @Path("/{agencyCode}")
    @Operation(summary = "Get a member agency")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "Not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MemberView get(@PathParam("agencyCode") String agencyCode) {
        Member member = Member.findById(agencyCode);
        if (member == null) {
            throw ProblemException.notFound("member agency", agencyCode);
        }
        return MemberView.of(member);
    }
}
