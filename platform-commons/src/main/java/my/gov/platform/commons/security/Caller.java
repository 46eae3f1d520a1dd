package my.gov.platform.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import my.gov.platform.commons.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling, from the verified access token: the agency a machine client acts for, the person
 * (subject) and their roles. Tenancy checks start here.
 */
@RequestScoped
public class Caller {
    public static final String AGENCY_CLAIM = "agency";
    /** identity-service puts the person's MyKad number here only for clients the person released it to (scope {@code mykad}). */
    public static final String MYKAD_CLAIM = "mykad_number";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The agency code the token acts for; a token without one may not touch agency data. */
    public String agency() {
        return agencyIfPresent().orElseThrow(
                () -> ProblemException.forbidden("The token does not name an agency (claim '" + AGENCY_CLAIM + "')"));
    }

    public Optional<String> agencyIfPresent() {
        return Optional.ofNullable(token.<String>getClaim(AGENCY_CLAIM)).filter(code -> !code.isBlank());
    }

    /** The person with the MyKad number of their token; a token without one may not act on a citizen's own data. */
    public Citizen citizen() {
        String mykad = Optional.ofNullable(token.<String>getClaim(MYKAD_CLAIM)).filter(m -> !m.isBlank()).orElseThrow(
                () -> ProblemException.forbidden("The token does not carry the person's own MyKad number (claim '" + MYKAD_CLAIM
                        + "'): sign in through a client the person released it to (scope mykad)"));
        return new Citizen(subject(), mykad);
    }

    public String subject() {
        return token.getSubject();
    }

    public Optional<String> clientId() {
        return clientIdOf(token);
    }

    /** The client a token was issued to: {@code client_id} (RFC 9068), else {@code azp}. */
    public static Optional<String> clientIdOf(JsonWebToken token) {
        return Optional.ofNullable(token.<String>getClaim("client_id"))
                .or(() -> Optional.ofNullable(token.<String>getClaim("azp")));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }
}
