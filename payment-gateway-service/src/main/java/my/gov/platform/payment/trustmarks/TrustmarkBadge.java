package my.gov.platform.payment.trustmarks;

/** Draws the badge: green only while payments may be taken, red otherwise, with the status in words. */
final class TrustmarkBadge {
    private TrustmarkBadge() {
    }

    static String svg(TrustmarkVerification v) {
        String colour = v.valid() ? "#15803D" : "#B91C1C";
        String label = v.valid() ? "SAH / VALID" : v.status().name().replace('_', ' ');
        // The status box is 120 px wide: a long status (AWAITING MILESTONES) is drawn smaller to fit it.
        int labelSize = label.length() > 12 ? 9 : 12;
        String title = "MTSA Trustmark " + v.certificateNumber() + ": " + label + " (" + v.agency() + ", until " + v.validUntil() + ")";
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="240" height="40" role="img" aria-label="%1$s">
                  <title>%1$s</title>
                  <rect width="240" height="40" rx="6" fill="#2563EB"/>
                  <rect x="120" width="120" height="40" rx="6" fill="%2$s"/>
                  <text x="10" y="17" fill="#FFFFFF" font-family="Inter, system-ui, sans-serif" font-size="11" font-weight="600">MTSA Trustmark</text>
                  <text x="10" y="32" fill="#FFFFFF" font-family="Inter, system-ui, sans-serif" font-size="10">%3$s</text>
                  <text x="130" y="25" fill="#FFFFFF" font-family="Inter, system-ui, sans-serif" font-size="%5$d" font-weight="700">%4$s</text>
                </svg>
                """.formatted(escape(title), colour, escape(v.certificateNumber()), escape(label), labelSize);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
