package my.gov.platform.identity.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterAccountRequest", description = "Self-registration; the fields needed depend on kind")
public record RegisterAccountRequest(
        @NotNull @Schema(examples = "CITIZEN") AccountKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "Siti Aminah binti Abdullah") String fullName,
        @NotBlank @Email @Size(max = 254) @Schema(examples = "siti@example.com") String email,
        @Size(max = 16) @Pattern(regexp = "\\+?[0-9]{9,15}", message = "must be a phone number such as +60123456789")
        @Schema(examples = "+60123456789") String phone,
        @NotNull @Size(max = 128) @Schema(examples = "Kopi-Tarik-Setiap-Pagi-2026") String password,
        @Size(max = 14) @Schema(description = "CITIZEN: MyKad number", examples = "850101-14-5011") String mykadNumber,
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9]{5,20}", message = "must be 5-20 upper-case letters or digits")
        @Schema(description = "NON_CITIZEN: passport number", examples = "E12345678") String passportNumber,
        @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as IDN")
        @Schema(description = "NON_CITIZEN: nationality, an ISO 3166-1 alpha-3 country code (not MYS)", examples = "IDN") String nationality,
        @Size(max = 12) @Pattern(regexp = "\\d{12}", message = "must be the 12-digit SSM registration number")
        @Schema(description = "BUSINESS: SSM registration number, 2019 format: year, entity type 01-06, sequence", examples = "201901000005") String companyRegistrationNumber,
        @Size(max = 20) @Pattern(regexp = "[A-Z0-9-]{2,20}", message = "must be an agency code such as JPJ")
        @Schema(description = "CIVIL_SERVANT: agency code", examples = "JPJ") String agency) {

    /** The same request without the agency: what an account holds before the agency approves the person. */
    public RegisterAccountRequest withoutAgency() {
        return new RegisterAccountRequest(kind, fullName, email, phone, password, mykadNumber, passportNumber, nationality,
                companyRegistrationNumber, null);
    }
}
