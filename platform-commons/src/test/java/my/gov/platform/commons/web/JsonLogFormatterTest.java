package my.gov.platform.commons.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLogFormatterTest {
    @Test
    void oneJsonObjectPerLineWithTheWholeCauseChain() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Relay failed for %s", ExtLogRecord.FormatStyle.PRINTF,
                JsonLogFormatterTest.class.getName());
        record.setParameters(new Object[] {"payment.events"});
        record.setLoggerName("my.gov.test");
        record.setThrown(new IllegalStateException("outer", new IllegalArgumentException("inner")));

        String line = new JsonLogFormatter().format(record);

        assertThat(line).endsWith(System.lineSeparator());
        assertThat(line.trim()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("WARNING");
        assertThat(json.path("message").asText()).isEqualTo("Relay failed for payment.events");
        assertThat(json.path("exception").asText())
                .contains("java.lang.IllegalStateException: outer")
                .contains("Caused by: java.lang.IllegalArgumentException: inner")
                .contains("\tat my.gov.platform.commons.web.JsonLogFormatterTest");
    }
}
