package my.gov.platform.payment.payments;

/** FPX for individuals (B2C) and companies (B2B), cards, and DuitNow QR. */
public enum PaymentMethod {
    FPX_B2C, FPX_B2B, CARD, DUITNOW_QR;

    public boolean isFpx() {
        return this == FPX_B2C || this == FPX_B2B;
    }
}
