package my.gov.platform.catalogue.pages;

import my.gov.platform.catalogue.services.E2eStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How pages show statuses and times (Asia/Kuala_Lumpur). */
final class Formats {
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm").withZone(MALAYSIA);

    private Formats() {
    }

    static String status(E2eStatus status) {
        return switch (status) {
            case E2E -> "E2E";
            case SEPARA_E2E -> "Separa E2E";
            case E_KAUNTER -> "e-Kaunter";
            case MANUAL -> "Manual";
        };
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant) + " MYT";
    }

    static String percent(Double value) {
        return value == null ? "–" : String.format("%.1f%%", value);
    }
}
