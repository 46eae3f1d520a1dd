package my.gov.platform.payment.hosted;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import my.gov.platform.commons.web.PageLanguage;
import my.gov.platform.payment.calendar.MalaysiaTime;

/** The words of the hosted pages in both languages, and how amounts and times are shown. */
public final class PageText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(MalaysiaTime.ZONE);

    private static final Map<String, String> MS = Map.ofEntries(
            Map.entry("skip", "Langkau ke kandungan utama"),
            Map.entry("brand", "MyGov Bayar"),
            Map.entry("switchTo", "English"),
            Map.entry("payTitle", "Bayaran"),
            Map.entry("payTo", "Bayar kepada"),
            Map.entry("amount", "Jumlah"),
            Map.entry("bill", "Rujukan bil"),
            Map.entry("description", "Keterangan"),
            Map.entry("expires", "Tamat tempoh"),
            Map.entry("chooseMethod", "Pilih kaedah bayaran"),
            Map.entry("FPX_B2C", "FPX (Perbankan Internet Individu)"),
            Map.entry("FPX_B2B", "FPX (Perbankan Internet Korporat)"),
            Map.entry("CARD", "Kad kredit / debit"),
            Map.entry("DUITNOW_QR", "DuitNow QR"),
            Map.entry("bank", "Bank (untuk FPX)"),
            Map.entry("offline", "luar talian"),
            Map.entry("continue", "Teruskan ke bank"),
            Map.entry("trustmark", "Aplikasi ini disahkan MTSA, sijil"),
            Map.entry("timeNote", "Waktu Malaysia"),
            Map.entry("error", "Bayaran tidak dapat diteruskan"),
            Map.entry("refusedTitle", "Bayaran tidak dapat dikembalikan ke laman agensi"),
            Map.entry("refusedBody", "Tanda dagangan MTSA laman agensi ini tidak lagi sah. Demi keselamatan anda, kami tidak menghantar anda ke sana."),
            Map.entry("receiptTitle", "Resit rasmi"),
            Map.entry("receiptNumber", "No. resit"),
            Map.entry("paidAt", "Dibayar pada"),
            Map.entry("method", "Kaedah"),
            Map.entry("status", "Status"),
            Map.entry("notFoundTitle", "Resit tidak tersedia"),
            Map.entry("notFoundBody", "Resit hanya dikeluarkan untuk bayaran yang berjaya."));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("skip", "Skip to main content"),
            Map.entry("brand", "MyGov Pay"),
            Map.entry("switchTo", "Bahasa Melayu"),
            Map.entry("payTitle", "Payment"),
            Map.entry("payTo", "Pay to"),
            Map.entry("amount", "Amount"),
            Map.entry("bill", "Bill reference"),
            Map.entry("description", "Description"),
            Map.entry("expires", "Expires"),
            Map.entry("chooseMethod", "Choose a payment method"),
            Map.entry("FPX_B2C", "FPX (Personal Internet Banking)"),
            Map.entry("FPX_B2B", "FPX (Corporate Internet Banking)"),
            Map.entry("CARD", "Credit / debit card"),
            Map.entry("DUITNOW_QR", "DuitNow QR"),
            Map.entry("bank", "Bank (for FPX)"),
            Map.entry("offline", "offline"),
            Map.entry("continue", "Continue to bank"),
            Map.entry("trustmark", "This application is MTSA certified, certificate"),
            Map.entry("timeNote", "Malaysia time"),
            Map.entry("error", "The payment cannot continue"),
            Map.entry("refusedTitle", "We cannot send you back to the agency's site"),
            Map.entry("refusedBody", "The MTSA trustmark of this agency site is no longer valid. For your safety we do not send you there."),
            Map.entry("receiptTitle", "Official receipt"),
            Map.entry("receiptNumber", "Receipt no."),
            Map.entry("paidAt", "Paid at"),
            Map.entry("method", "Method"),
            Map.entry("status", "Status"),
            Map.entry("notFoundTitle", "Receipt not available"),
            Map.entry("notFoundBody", "Receipts are issued only for successful payments."));

    private PageText() {
    }

    public static Map<String, String> of(PageLanguage language) {
        return language == PageLanguage.EN ? EN : MS;
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
