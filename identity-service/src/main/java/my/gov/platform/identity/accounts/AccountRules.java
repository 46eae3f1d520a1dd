package my.gov.platform.identity.accounts;

import my.gov.platform.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Per-kind registration rules, without storage: which identifier each kind signs in with. */
public final class AccountRules {
    private final List<String> officialEmailDomains;
    private final Function<String, List<String>> agencyEmailDomains;

    /**
     * @param agencyEmailDomains the e-mail domains of an agency in the directory, by its code; empty for a code
     *                           that names no agency
     */
    public AccountRules(List<String> officialEmailDomains, Function<String, List<String>> agencyEmailDomains) {
        this.officialEmailDomains = officialEmailDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        this.agencyEmailDomains = agencyEmailDomains;
    }

    /** Validates the kind-specific fields and returns the normalised sign-in identifier. */
    public String loginIdFor(RegisterAccountRequest request, LocalDate today) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        switch (request.kind()) {
            case CITIZEN -> {
                MyKadNumber mykad = MyKadNumber.parse(request.mykadNumber(), today).orElseThrow(() -> ProblemException.invalid(
                        "mykadNumber", "must be a valid MyKad number (YYMMDD-PB-NNNN) with a real date and place-of-birth code"));
                return mykad.digits();
            }
            case NON_CITIZEN -> {
                require(request.passportNumber(), "passportNumber");
                require(request.nationality(), "nationality");
                if (!Nationality.isCountry(request.nationality())) {
                    throw ProblemException.invalid("nationality", "must be the ISO 3166-1 alpha-3 code of a country, such as IDN");
                }
                if (Nationality.MALAYSIA.equals(request.nationality())) {
                    throw ProblemException.invalid("nationality", "Malaysian citizens register with their MyKad");
                }
            }
            case BUSINESS -> {
                require(request.companyRegistrationNumber(), "companyRegistrationNumber");
                if (SsmRegistrationNumber.parse(request.companyRegistrationNumber(), today).isEmpty()) {
                    throw ProblemException.invalid("companyRegistrationNumber", "must be a 12-digit SSM registration number: "
                            + "year of registration (" + SsmRegistrationNumber.FIRST_YEAR + " to this year), entity type 01-06, "
                            + "and a sequence number that is not all zeros");
                }
            }
            case CIVIL_SERVANT -> {
                require(request.agency(), "agency");
                if (!isOfficial(email)) {
                    throw ProblemException.invalid("email", "must be an official government address (" + String.join(", ", officialEmailDomains) + ")");
                }
                List<String> agencyDomains = agencyEmailDomains.apply(request.agency());
                if (agencyDomains.isEmpty()) {
                    throw ProblemException.invalid("agency", "must be the code of an agency in the platform's directory, such as JPJ");
                }
                if (!atDomain(email, agencyDomains)) {
                    throw ProblemException.invalid("email", "must be an address of " + request.agency() + " ("
                            + String.join(", ", agencyDomains) + ")");
                }
            }
        }
        return email;
    }

    /** True for an address at an official domain or any of its subdomains (jpj.gov.my under gov.my). */
    public boolean isOfficial(String email) {
        return atDomain(email, officialEmailDomains);
    }

    private static boolean atDomain(String email, List<String> domains) {
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    public static List<String> initialRoles(AccountKind kind) {
        return kind == AccountKind.CITIZEN ? List.of("citizen") : List.of();
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required for this kind of account");
        }
    }
}
