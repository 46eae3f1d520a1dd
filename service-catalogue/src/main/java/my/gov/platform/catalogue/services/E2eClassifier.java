package my.gov.platform.catalogue.services;

import java.util.List;

/**
 * Computes the E2E status from a service's steps (JDN guide 003 §6.4): E2E only when every step is
 * online, since one offline step is an offline gap. Without any online step the service is
 * e-Kaunter when every step is on agency computers at a counter, otherwise Manual. The reason names
 * the first step that keeps the service from the better status.
 */
public final class E2eClassifier {
    private E2eClassifier() {
    }

    public static E2eAssessment assess(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A service has at least one step");
        }
        int firstOffline = firstIndex(steps, null, StepMode.ONLINE);
        if (firstOffline < 0) {
            return new E2eAssessment(E2eStatus.E2E,
                    "All " + steps.size() + " steps are online: no offline gap from start to finish",
                    "Kesemua " + steps.size() + " langkah dalam talian: tiada jurang luar talian dari mula hingga akhir", null);
        }
        boolean anyOnline = firstIndex(steps, StepMode.ONLINE, null) >= 0;
        if (anyOnline) {
            return breakingAt(E2eStatus.SEPARA_E2E, steps, firstOffline);
        }
        int firstManual = firstIndex(steps, StepMode.MANUAL_FACE_TO_FACE, null);
        if (firstManual < 0) {
            return breakingAt(E2eStatus.E_KAUNTER, steps, 0);
        }
        return breakingAt(E2eStatus.MANUAL, steps, firstManual);
    }

    private static E2eAssessment breakingAt(E2eStatus status, List<Step> steps, int index) {
        Step step = steps.get(index);
        String label = (index + 1) + " (" + step.process() + " " ;
        String en = "Step " + label + "over " + step.channel() + ") " + switch (step.mode()) {
            case COUNTER_AGENCY_COMPUTER -> "is done at a counter on agency computers";
            case MANUAL_FACE_TO_FACE -> "is manual or needs the customer face to face";
            case ONLINE -> "is online";
        };
        String ms = "Langkah " + label + "melalui " + step.channel() + ") " + switch (step.mode()) {
            case COUNTER_AGENCY_COMPUTER -> "dibuat di kaunter menggunakan komputer agensi";
            case MANUAL_FACE_TO_FACE -> "dibuat secara manual atau bersemuka";
            case ONLINE -> "dalam talian";
        };
        return new E2eAssessment(status, en, ms, index + 1);
    }

    /** Index of the first step in mode {@code is}, or of the first step not in mode {@code isNot}. */
    private static int firstIndex(List<Step> steps, StepMode is, StepMode isNot) {
        for (int i = 0; i < steps.size(); i++) {
            StepMode mode = steps.get(i).mode();
            if ((is != null && mode == is) || (isNot != null && mode != isNot)) {
                return i;
            }
        }
        return -1;
    }
}
