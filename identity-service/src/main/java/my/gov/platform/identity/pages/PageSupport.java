package my.gov.platform.identity.pages;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.commons.web.PageLanguage;

/** What every page of this service needs: its words, its language and the link to the other language. */
public final class PageSupport {
    public static final String CSRF_COOKIE = "mygov_form";
    /** For forms shown before anyone signs in too (there is no authorization request to carry a token). */
    public static final FormCsrf CSRF = new FormCsrf(CSRF_COOKIE, "/");

    private PageSupport() {
    }

    public static TemplateInstance page(Template template, PageLanguage language, String switchUrl) {
        return template.data("t", PageText.of(language)).data("lang", language.code()).data("switchUrl", switchUrl);
    }

    /** Keeps a language the person chose with the switch ({@code ?lang=}) for their next pages. */
    public static Response.ResponseBuilder rememberLanguage(Response.ResponseBuilder response, String chosen) {
        PageLanguage.remembered(chosen).ifPresent(response::cookie);
        return response;
    }
}
