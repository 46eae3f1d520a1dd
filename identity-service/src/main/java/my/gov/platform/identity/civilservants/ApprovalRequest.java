package my.gov.platform.identity.civilservants;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CivilServantApproval", description = "The head of department's approval, with the roles it grants")
public record ApprovalRequest(
        @NotNull @Size(max = 2)
        @Schema(description = "Roles within the agency: agency-admin (administers the agency's clients and accounts), "
                + "head-of-department (approves its civil servants); may be empty", examples = "[\"agency-admin\"]")
        List<@NotNull @Size(max = 18)
                @Pattern(regexp = "agency-admin|head-of-department", message = "must be agency-admin or head-of-department")
                String> roles) {
}
