package my.gov.platform.identity.authorize;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import my.gov.platform.commons.web.FormCsrf;

import java.util.UUID;

/** What every form of a sign-in in progress sends: its request, its token, the browser's binding cookie and the language. */
public class FlowForm {
    @FormParam("request")
    UUID request;

    @FormParam(FormCsrf.FIELD)
    String csrf;

    @FormParam("lang")
    String lang;

    @CookieParam(BrowserBinding.COOKIE)
    String browserCookie;

    @HeaderParam("Accept")
    String accept;

    public UUID request() {
        return request;
    }

    public String csrf() {
        return csrf;
    }

    public String lang() {
        return lang;
    }

    public String browserCookie() {
        return browserCookie;
    }

    /** A browser (or anything that takes HTML) gets a page it can act on; an API caller gets a problem. */
    public boolean wantsPage() {
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }
}
