package my.gov.platform.identity.problems;

import my.gov.platform.commons.problem.ProblemKind;

/** Problem kinds of identity-service's REST API (the OAuth endpoints answer RFC 6749 errors instead). */
public enum IdentityProblem implements ProblemKind {
    CLIENT_ID_TAKEN("client-id-taken", 409, "Client id already registered",
            "Another client already uses this client_id. Choose a different one."),
    INVALID_CLIENT_METADATA("invalid-client-metadata", 422, "Client metadata is inconsistent",
            "The combination of authentication method, grant types, redirect URIs and keys is not usable; the detail says which rule failed.");

    private final Definition definition;

    IdentityProblem(String slug, int status, String title, String explanation) {
        this.definition = new Definition(slug, status, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
