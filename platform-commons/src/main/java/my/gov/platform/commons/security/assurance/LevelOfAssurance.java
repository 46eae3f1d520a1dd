package my.gov.platform.commons.security.assurance;

import java.util.Arrays;

/** {@code urn:mygov:loa:1} password, {@code :2} password and a second factor, {@code :3} a device-bound key. */
public final class LevelOfAssurance {
    public static final String PREFIX = "urn:mygov:loa:";
    public static final String PASSWORD = PREFIX + "1";
    public static final String SECOND_FACTOR = PREFIX + "2";
    public static final String DEVICE = PREFIX + "3";

    private LevelOfAssurance() {
    }

    public static int level(String acr) {
        if (acr == null || !acr.startsWith(PREFIX)) {
            return 0;
        }
        try {
            return Integer.parseInt(acr.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The highest level named in {@code acr_values}; 1 when none is named. */
    public static int required(String acrValues) {
        if (acrValues == null || acrValues.isBlank()) {
            return 1;
        }
        return Math.max(1, Arrays.stream(acrValues.trim().split(" +")).mapToInt(LevelOfAssurance::level).max().orElse(1));
    }
}
