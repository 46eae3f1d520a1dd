package my.gov.platform.payment.hosted;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import my.gov.platform.payment.calendar.MalaysiaTime;

/** How the hosted pages show amounts and times (their words are in {@link HostedPageMessages}). */
public final class PageFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(MalaysiaTime.ZONE);

    private PageFormat() {
    }

    /** {@code RM 10.50}, with thousands separators. */
    public static String ringgit(long sen) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "RM " + format.format(sen / 100.0);
    }

    public static String malaysiaTime(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
