package my.gov.platform.identity.problems;

import my.gov.platform.commons.problem.ProblemKind;

/** Problem kinds of identity-service's REST API (the OAuth endpoints answer RFC 6749 errors instead). */
public enum IdentityProblem implements ProblemKind {
    CLIENT_ID_TAKEN("client-id-taken", 409, "Client id already registered",
            "Another client already uses this client_id. Choose a different one."),
    INVALID_CLIENT_METADATA("invalid-client-metadata", 422, "Client metadata is inconsistent",
            "The combination of authentication method, grant types, redirect URIs and keys is not usable; the detail says which rule failed."),
    FORM_NOT_FROM_THIS_BROWSER("form-not-from-this-browser", 403, "Form not from this browser",
            "A sign-in, second-factor or consent form is accepted only with the token it was shown with, from the browser that "
                    + "started the sign-in at the authorization endpoint (it holds that browser's cookie). Start again at the service.");

    private final Definition definition;

    IdentityProblem(String slug, int status, String title, String explanation) {
        this.definition = new Definition(slug, status, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
