package my.gov.platform.catalogue.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.web.PageLanguage;

import java.util.Locale;

/** Renders a page with its language, remembering an explicit language choice in a cookie. */
final class Pages {
    private Pages() {
    }

    static Response render(TemplateInstance page, String lang, String queryLang, String path) {
        String other = "en".equals(lang) ? "ms" : "en";
        String separator = path.contains("?") ? "&" : "?";
        Response.ResponseBuilder response = Response.ok(page.setLocale(Locale.forLanguageTag(lang))
                        .data("lang", lang)
                        .data("switchUrl", path + separator + "lang=" + other)
                        .render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", lang)
                .header("Vary", "Accept-Language, Cookie");
        PageLanguage.remembered(queryLang).ifPresent(response::cookie);
        return response.build();
    }
}
