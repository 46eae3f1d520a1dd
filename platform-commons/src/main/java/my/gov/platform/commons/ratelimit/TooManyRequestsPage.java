package my.gov.platform.commons.ratelimit;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import my.gov.platform.commons.problem.Problem;
import my.gov.platform.commons.web.PageLanguage;

import java.util.Arrays;

/**
 * The 429 a person gets in the browser: a page in the language their pages are in (commons {@link PageLanguage}: the
 * {@code lang} query, then cookie, then Accept-Language), saying how long to wait, instead of a problem document they
 * cannot read. Only for operations that produce HTML and requests that name HTML before JSON; API callers keep the problem.
 */
final class TooManyRequestsPage {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="%1$s">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%2$s</title>
            <style>
              body { margin: 0; font-family: Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #18181B; background: #F4F4F5; line-height: 1.5; }
              main { max-width: 28rem; margin: 2rem auto; background: #fff; padding: 1.5rem; border-radius: .75rem; border: 1px solid #D4D4D8; }
              h1 { font-size: 1.5rem; margin-top: 0; }
            </style>
            </head>
            <body>
            <main>
            <h1>%2$s</h1>
            <p role="alert">%3$s</p>
            </main>
            </body>
            </html>
            """;

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    private TooManyRequestsPage() {
    }

    /** Whether the operation answers with pages and the request asks for HTML before JSON, as a browser does. */
    static boolean isWantedBy(ResourceInfo resource, ContainerRequestContext request) {
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        if (produces == null || Arrays.stream(produces.value()).noneMatch(type -> MediaType.valueOf(type).isCompatible(MediaType.TEXT_HTML_TYPE))) {
            return false;
        }
        // Most preferred first (JAX-RS orders Accept by quality, then by how specific each range is). Only a range that
        // names HTML counts: browsers name it for pages and forms, while */* alone is a script's or a library's default.
        for (MediaType accepted : request.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype()) {
                continue;
            }
            if (accepted.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) || accepted.isCompatible(PROBLEM)) {
                return false;
            }
        }
        return false;
    }

    static Response of(RateLimitVerdict verdict, ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(PageLanguage.COOKIE);
        PageLanguage language = PageLanguage.resolve(request.getUriInfo().getQueryParameters().getFirst("lang"),
                cookie == null ? null : cookie.getValue(), request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        TooManyRequestsMessages text = MessageBundles.get(TooManyRequestsMessages.class, Localized.Literal.of(language.code()));
        Response.ResponseBuilder page = Response.status(Response.Status.TOO_MANY_REQUESTS)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .language(language.code())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(PAGE.formatted(language.code(), text.title(), text.body(waitFor(text, verdict.retryAfterSeconds()))));
        verdict.headers().forEach(page::header);
        return page.build();
    }

    /** Seconds up to two minutes, whole minutes (rounded up) beyond. */
    private static String waitFor(TooManyRequestsMessages text, long wait) {
        if (wait == 1) {
            return text.oneSecond();
        }
        return wait <= 120 ? text.seconds(wait) : text.minutes((wait + 59) / 60);
    }
}
