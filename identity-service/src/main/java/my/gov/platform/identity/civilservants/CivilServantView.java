package my.gov.platform.identity.civilservants;

import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.Masking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "CivilServant", description = "A civil servant's standing with their agency, as their head of department sees it")
public record CivilServantView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID accountId,
        @Schema(examples = "Ahmad bin Ali") String fullName,
        @Schema(examples = "a***@jpj.gov.my") String maskedEmail,
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "PENDING_APPROVAL") CivilServantStatus status,
        @Schema(description = "Roles the approval granted (empty before it)", examples = "[\"agency-admin\"]") List<String> roles,
        @Schema(description = "Whether the person has verified their e-mail address; only they can be approved", examples = "true")
        boolean emailVerified,
        @Schema(examples = "2026-11-25T13:00:00Z") Instant requestedAt,
        @Schema(examples = "2026-11-26T09:00:00Z") Instant approvedAt,
        @Schema(examples = "2027-03-01T09:00:00Z") Instant leftAt) {

    static CivilServantView of(CivilServant civilServant, Account account) {
        return new CivilServantView(account.id, account.fullName, Masking.email(account.email), civilServant.agencyCode,
                civilServant.status, List.copyOf(account.roles), account.emailVerified, civilServant.requestedAt,
                civilServant.approvedAt, civilServant.leftAt);
    }
}
