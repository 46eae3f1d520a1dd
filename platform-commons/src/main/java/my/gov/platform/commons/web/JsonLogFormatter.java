package my.gov.platform.commons.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per log line. Lives in the application (not the log manager's own JSON formatter,
 * which needs jakarta.json on the boot class path that packaged Quarkus apps do not give it).
 */
final class JsonLogFormatter extends ExtFormatter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format(ExtLogRecord record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
        line.put("level", record.getLevel().getName());
        line.put("logger", record.getLoggerName());
        line.put("thread", record.getThreadName());
        line.put("message", formatMessage(record));
        Object requestId = record.getMdc("requestId");
        if (requestId != null) {
            line.put("requestId", requestId);
        }
        if (record.getThrown() != null) {
            line.put("exception", stackTrace(record.getThrown()));
        }
        try {
            return JSON.writeValueAsString(line) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            return "{\"level\":\"ERROR\",\"message\":\"unserialisable log record\"}" + System.lineSeparator();
        }
    }

    /** The failure and its causes, one frame a line, as a log shipper shows them. */
    private static String stackTrace(Throwable failure) {
        StringBuilder trace = new StringBuilder();
        for (Throwable current = failure; current != null; current = current.getCause()) {
            trace.append(current == failure ? "" : "Caused by: ").append(current).append('\n');
            for (StackTraceElement frame : current.getStackTrace()) {
                trace.append("\tat ").append(frame).append('\n');
            }
        }
        return trace.toString();
    }
}
