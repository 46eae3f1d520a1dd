package my.gov.platform.identity.authorize;

import java.net.URI;
import java.util.UUID;

/** What the browser is shown next in the authorization flow. */
public sealed interface AuthorizeOutcome {
    /** The request cannot be trusted to redirect (unknown client, redirect URI mismatch): show an error page. */
    record ErrorPage(String reason) implements AuthorizeOutcome {
    }

    /** Back to the client: with a code, or with an OAuth error. */
    record Redirect(URI location) implements AuthorizeOutcome {
    }

    record SignIn(UUID requestId) implements AuthorizeOutcome {
    }

    record ConsentNeeded(UUID requestId) implements AuthorizeOutcome {
    }
}
