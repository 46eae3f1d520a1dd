package my.gov.platform.commons.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logmanager.ExtHandler;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;

/**
 * One JSON object per log line on the console when {@code MYGOV_LOG_JSON=true}, for log shippers.
 * (The quarkus-logging-json extension is not served by our Maven repository, so our own formatter
 * is put on the console handler at start-up.)
 */
@ApplicationScoped
public class JsonLogs {
    void switchToJson(@Observes @Priority(1) StartupEvent started,
                      LogConfig config) {
        if (config.json()) {
            for (Handler handler : LogManager.getLogManager().getLogger("").getHandlers()) {
                useJson(handler);
            }
        }
    }

    private static void useJson(Handler handler) {
        if (handler instanceof ExtHandler parent) {
            for (Handler child : parent.getHandlers()) {
                useJson(child);
            }
        }
        if (handler instanceof ConsoleHandler || handler instanceof org.jboss.logmanager.handlers.ConsoleHandler) {
            handler.setFormatter(new JsonLogFormatter());
        }
    }
}
