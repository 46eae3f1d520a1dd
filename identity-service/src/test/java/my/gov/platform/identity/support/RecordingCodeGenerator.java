package my.gov.platform.identity.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import my.gov.platform.identity.accounts.OneTimeCodeGenerator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for the person's inbox or phone in tests: generates codes as usual and remembers the last one per destination. */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingCodeGenerator extends OneTimeCodeGenerator {
    private static final Map<String, String> LAST = new ConcurrentHashMap<>();

    @Override
    public String next(String destination) {
        String code = super.next(destination);
        LAST.put(destination, code);
        return code;
    }

    public static String lastCodeSentTo(String destination) {
        return LAST.get(destination);
    }
}
