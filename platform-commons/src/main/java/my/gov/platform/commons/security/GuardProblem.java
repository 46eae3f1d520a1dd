package my.gov.platform.commons.security;

import io.quarkus.security.AuthenticationFailedException;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.problem.ProblemKind;

import java.util.Map;

/** Why the resource-server guard refused a token that is otherwise valid, each with its RFC 6750 challenge. */
public enum GuardProblem implements ProblemKind {
    INVALID_DPOP_PROOF("invalid-dpop-proof", 401, "Invalid DPoP proof",
            "A DPoP access token needs one DPoP proof header, signed by the token's key, made for this method and URL "
                    + "(without query) within the last minute, with the token's hash in ath and a jti never used before (RFC 9449)."),
    KEY_BOUND_TOKEN("key-bound-token", 401, "The token is bound to a key",
            "This access token is bound to the client's DPoP key (cnf.jkt). Send it as Authorization: DPoP <token> with a "
                    + "DPoP proof made with that key; a bound token is never accepted as a bearer token (RFC 9449 §7)."),
    INSUFFICIENT_USER_AUTHENTICATION("insufficient-user-authentication", 401, "A stronger sign-in is needed",
            "The person signed in at a lower level of assurance than this operation needs. Ask identity-service for a new "
                    + "token with the acr_values named in the WWW-Authenticate header, which steps the sign-in up (RFC 9470).");

    private final Definition definition;

    GuardProblem(String slug, int status, String title, String explanation) {
        this.definition = new Definition(slug, status, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    /** The refusal as a problem with its {@code WWW-Authenticate} challenge. */
    public ProblemException refusal(String challenge, String detail) {
        return new ProblemException(this, detail).header("WWW-Authenticate", challenge);
    }

    /**
     * The refusal as a failed authentication, for an augmentor: the problem mapper answers with the problem it carries
     * instead of the plain bearer challenge.
     */
    public AuthenticationFailedException authenticationFailure(String challenge, String detail) {
        return new AuthenticationFailedException(detail, Map.of(ProblemException.class.getName(), refusal(challenge, detail)));
    }
}
