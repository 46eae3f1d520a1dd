package my.gov.platform.commons.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, when it is sane) that is echoed on the
 * response and put in the logging context, so one id ties a caller's report to our logs.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String offered = context.request().getHeader(HEADER);
            String requestId = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            context.put(HEADER, requestId);
            MDC.put("requestId", requestId);
            context.response().putHeader(HEADER, requestId);
            context.addEndHandler(done -> MDC.remove("requestId"));
            context.next();
        }, 1000);
    }
}
