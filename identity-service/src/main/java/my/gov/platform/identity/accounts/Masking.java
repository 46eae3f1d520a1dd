package my.gov.platform.identity.accounts;

/** Destinations shown in events and screens without revealing them: {@code s***@example.com}, {@code +6012*****789}. */
public final class Masking {
    private Masking() {
    }

    public static String email(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    public static String phone(String phone) {
        if (phone.length() < 8) {
            return "***";
        }
        return phone.substring(0, 5) + "*".repeat(phone.length() - 8) + phone.substring(phone.length() - 3);
    }
}
