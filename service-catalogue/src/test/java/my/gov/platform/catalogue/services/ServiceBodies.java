package my.gov.platform.catalogue.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies for service records, valid unless a test changes them. */
public final class ServiceBodies {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ServiceBodies() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    /** A G2C transport service whose steps have the given modes (O online, C counter, M manual). */
    public static Map<String, Object> service(String code, String modes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameMs", "Pembaharuan Lesen Memandu " + code);
        body.put("nameEn", "Driving Licence Renewal " + code);
        body.put("descriptionMs", "Perbaharui lesen memandu kompeten.");
        body.put("descriptionEn", "Renew a competent driving licence.");
        body.put("sector", "INFRASTRUKTUR");
        body.put("cluster", "PENGANGKUTAN");
        body.put("domain", "PENGANGKUTAN");
        body.put("targetGroups", List.of("G2C"));
        body.put("lifeEvent", "PENGANGKUTAN");
        body.put("personas", List.of("TENAGA_KERJA_MUDA"));
        body.put("processes", List.of("VERIFY_CHECK", "PAY_DISBURSE", "ISSUE_RENEW"));
        body.put("channels", List.of("WEB"));
        body.put("fee", Map.of("currency", "MYR", "value", 3000));
        body.put("usesSso", true);
        body.put("usesEpayment", true);
        body.put("usesMygdx", false);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (char mode : modes.toCharArray()) {
            steps.add(Map.of("process", "VERIFY_CHECK", "channel", mode == 'O' ? "WEB" : "COUNTER",
                    "mode", switch (mode) {
                        case 'O' -> "ONLINE";
                        case 'C' -> "COUNTER_AGENCY_COMPUTER";
                        default -> "MANUAL_FACE_TO_FACE";
                    }));
        }
        body.put("steps", steps);
        return body;
    }
}
