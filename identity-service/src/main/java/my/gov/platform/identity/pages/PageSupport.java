package my.gov.platform.identity.pages;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.web.FormCsrf;
import my.gov.platform.commons.web.PageLanguage;

/** What every page of this service needs: its words ({@link PageMessages}), its language and the link to the other language. */
public final class PageSupport {
    public static final String CSRF_COOKIE = "mygov_form";
    /** For forms shown before anyone signs in too (there is no authorization request to carry a token). */
    public static final FormCsrf CSRF = new FormCsrf(CSRF_COOKIE, "/");

    private PageSupport() {
    }

    public static TemplateInstance page(Template template, PageLanguage language, String switchUrl) {
        return template.instance().setLocale(language.locale()).data("lang", language.code()).data("switchUrl", switchUrl);
    }

    /** The words of this service's pages in one language, for texts put together in Java (errors, refusals, rows). */
    public static PageMessages text(PageLanguage language) {
        return MessageBundles.get(PageMessages.class, Localized.Literal.of(language.code()));
    }

    /** How long to wait, in words: seconds up to two minutes, whole minutes (rounded up) beyond. */
    public static String waitFor(PageMessages text, long seconds) {
        return seconds <= 120 ? text.waitSeconds(seconds) : text.waitMinutes((seconds + 59) / 60);
    }

    /** Keeps a language the person chose with the switch ({@code ?lang=}) for their next pages. */
    public static Response.ResponseBuilder rememberLanguage(Response.ResponseBuilder response, String chosen) {
        PageLanguage.remembered(chosen).ifPresent(response::cookie);
        return response;
    }
}
