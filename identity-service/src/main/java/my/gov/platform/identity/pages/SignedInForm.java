package my.gov.platform.identity.pages;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.identity.signin.SessionService;

/** What every form on a signed-in page sends: the session and CSRF cookies, the form's CSRF token and language. */
public class SignedInForm {
    @CookieParam(SessionService.COOKIE)
    String sessionCookie;

    @CookieParam(PageSupport.CSRF_COOKIE)
    String csrfCookie;

    @FormParam(FormCsrf.FIELD)
    String csrf;

    @FormParam("lang")
    String lang;

    public String sessionCookie() {
        return sessionCookie;
    }

    public String lang() {
        return lang;
    }

    public boolean csrfMatches() {
        return FormCsrf.matches(csrfCookie, csrf);
    }
}
