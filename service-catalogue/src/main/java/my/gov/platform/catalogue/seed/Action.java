package my.gov.platform.catalogue.seed;

import java.util.ArrayList;
import java.util.List;

/** What a generated service does with its subject, and the generic processes that takes. */
enum Action {
    APPLY('A', "-PERMOHONAN", "Permohonan ", " application", true, true,
            "Mohon, semak kelayakan dan terima kelulusan.", "Apply, have eligibility checked and receive the approval.",
            List.of("REGISTER", "VERIFY_CHECK", "APPROVE_AUTHORISE"), "ISSUE_RENEW"),
    RENEW('R', "-PEMBAHARUAN", "Pembaharuan ", " renewal", false, true,
            "Perbaharui sebelum tamat tempoh.", "Renew before it expires.",
            List.of("VERIFY_CHECK"), "ISSUE_RENEW"),
    STATUS('S', "-SEMAKAN", "Semakan Status ", " status check", false, false,
            "Semak status dan terima makluman.", "Check the status and get notified.",
            List.of("SEARCH_RETRIEVE", "NOTIFY_ALERT"), null),
    CHANGE('C', "-PINDAAN", "Pindaan Maklumat ", " change of details", true, false,
            "Kemas kini maklumat yang direkodkan.", "Update the recorded details.",
            List.of("MODIFY_CORRECT", "VERIFY_CHECK", "APPROVE_AUTHORISE"), null),
    APPEAL('X', "-RAYUAN", "Rayuan ", " appeal", false, false,
            "Kemukakan rayuan dan terima keputusan.", "Submit an appeal and receive the decision.",
            List.of("APPEAL_GRIEVANCE", "ASSESS_MONITOR", "ACKNOWLEDGE_RESPOND"), null),
    ITSELF('1', "", "", "", true, true,
            "Perkhidmatan dalam talian sepenuhnya.", "A fully online service.",
            List.of("REGISTER", "VERIFY_CHECK", "APPROVE_AUTHORISE"), "NOTIFY_ALERT");

    private final char letter;
    private final String codeSuffix;
    private final String prefixMs;
    private final String suffixEn;
    private final boolean asksForData;
    private final boolean charges;
    private final String descriptionMs;
    private final String descriptionEn;
    private final List<String> processes;
    private final String finalProcess;

    Action(char letter, String codeSuffix, String prefixMs, String suffixEn, boolean asksForData, boolean charges,
           String descriptionMs, String descriptionEn, List<String> processes, String finalProcess) {
        this.letter = letter;
        this.codeSuffix = codeSuffix;
        this.prefixMs = prefixMs;
        this.suffixEn = suffixEn;
        this.asksForData = asksForData;
        this.charges = charges;
        this.descriptionMs = descriptionMs;
        this.descriptionEn = descriptionEn;
        this.processes = processes;
        this.finalProcess = finalProcess;
    }

    static Action of(char letter) {
        for (Action action : values()) {
            if (action.letter == letter) {
                return action;
            }
        }
        throw new IllegalArgumentException("Unknown action letter " + letter);
    }

    List<String> processes(boolean paid) {
        List<String> all = new ArrayList<>(processes);
        if (charges && paid) {
            all.add("PAY_DISBURSE");
        }
        if (finalProcess != null) {
            all.add(finalProcess);
        }
        return all;
    }

    String codeSuffix() {
        return codeSuffix;
    }

    String nameMs(String subject) {
        return prefixMs + subject;
    }

    String nameEn(String subject) {
        return suffixEn.isEmpty() ? subject : subject + suffixEn;
    }

    boolean asksForData() {
        return asksForData;
    }

    boolean charges() {
        return charges;
    }

    String descriptionMs() {
        return descriptionMs;
    }

    String descriptionEn() {
        return descriptionEn;
    }
}
