package my.gov.platform.payment.calendar;

import java.time.LocalDate;
import java.time.ZoneId;

/** Certificate validity, receipt years and settlement days are Malaysian calendar dates. */
public final class MalaysiaTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Kuala_Lumpur");

    private MalaysiaTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
