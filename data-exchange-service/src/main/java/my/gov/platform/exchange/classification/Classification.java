package my.gov.platform.exchange.classification;

/**
 * Security classification under the Official Secrets Act 1972 s.2, lowest first, so that
 * {@link #ordinal()} orders levels. {@link #malayName()} is the label used in published schemas.
 */
public enum Classification {
    OPEN("Terbuka"),
    TERHAD("Terhad"),
    SULIT("Sulit"),
    RAHSIA("Rahsia"),
    RAHSIA_BESAR("Rahsia Besar");

    private final String malayName;

    Classification(String malayName) {
        this.malayName = malayName;
    }

    public String malayName() {
        return malayName;
    }

    public boolean isAbove(Classification other) {
        return ordinal() > other.ordinal();
    }

    /** Rahsia and Rahsia Besar never pass through the broker. */
    public boolean neverShared() {
        return !RAHSIA.isAbove(this);
    }

    public static Classification highest(Iterable<Classification> levels) {
        Classification highest = OPEN;
        for (Classification level : levels) {
            if (level.isAbove(highest)) {
                highest = level;
            }
        }
        return highest;
    }
}
