package my.gov.platform.identity.accounts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Account", description = "An account as administrators see it (identity numbers masked)")
public record AccountView(
        @Schema(examples = "0193a1c2-7d4e-7b1a-9f00-2f1f3e6c9a10") UUID id,
        @Schema(examples = "CIVIL_SERVANT") AccountKind kind,
        @Schema(examples = "Ahmad bin Ali") String fullName,
        @Schema(examples = "a***@jpj.gov.my") String maskedEmail,
        @Schema(examples = "850101-**-***1") String maskedMykadNumber,
        @Schema(examples = "JPJ") String agency,
        @Schema(examples = "[\"agency-admin\"]") List<String> roles,
        @Schema(examples = "ACTIVE") AccountStatus status,
        @Schema(examples = "true") boolean emailVerified,
        @Schema(examples = "false") boolean phoneVerified,
        @Schema(examples = "2026-11-25T13:00:00Z") Instant createdAt,
        @Schema(examples = "2026-11-25T14:00:00Z") Instant deactivatedAt) {

    static AccountView of(Account a) {
        String mykad = a.mykadNumber == null ? null : MyKadNumber.parse(a.mykadNumber, java.time.LocalDate.now())
                .map(MyKadNumber::masked).orElse("***");
        return new AccountView(a.id, a.kind, a.fullName, Masking.email(a.email), mykad, a.agency, List.copyOf(a.roles),
                a.status, a.emailVerified, a.phoneVerified, a.createdAt, a.deactivatedAt);
    }
}
