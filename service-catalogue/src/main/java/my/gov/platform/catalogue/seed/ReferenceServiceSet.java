package my.gov.platform.catalogue.seed;

import my.gov.platform.catalogue.services.ServiceRequest;
import my.gov.platform.catalogue.services.Step;
import my.gov.platform.catalogue.services.StepMode;
import my.gov.platform.commons.money.Money;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the subjects of {@code catalogue/reference-services.tsv} into service records, the same
 * every time: each action letter of a subject becomes one service, and the step modes follow a
 * fixed rotation so the set shows every E2E status in realistic proportions.
 */
public final class ReferenceServiceSet {
    private static final String RESOURCE = "catalogue/reference-services.tsv";
    /** Half the set fully online, the rest spread over the ways a service falls short of E2E. */
    private static final Pattern[] ROTATION = {Pattern.ALL_ONLINE, Pattern.ALL_ONLINE, Pattern.ALL_ONLINE, Pattern.ALL_ONLINE,
            Pattern.COLLECT_AT_COUNTER, Pattern.SECOND_STEP_FACE_TO_FACE, Pattern.ALL_AT_COUNTER, Pattern.ALL_MANUAL,
            Pattern.ALL_ONLINE, Pattern.START_AT_COUNTER};

    private ReferenceServiceSet() {
    }

    public static List<ReferenceService> load() {
        try (InputStream in = ReferenceServiceSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return expand(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReferenceService> expand(List<String> lines) {
        List<ReferenceService> services = new ArrayList<>();
        for (int subjectIndex = 0; subjectIndex < lines.size(); subjectIndex++) {
            String[] f = lines.get(subjectIndex).split("\\|", -1);
            Subject subject = new Subject(f[0], f[1], f[2], f[3], f[4], f[5], f[6], codes(f[7]), f[8], f[9],
                    Long.parseLong(f[10]), f[11], codes(f[12]), f[13]);
            for (int actionIndex = 0; actionIndex < subject.actions().length(); actionIndex++) {
                Action action = Action.of(subject.actions().charAt(actionIndex));
                Pattern pattern = action == Action.ITSELF ? Pattern.ALL_ONLINE : ROTATION[(subjectIndex * 3 + actionIndex * 7) % ROTATION.length];
                services.add(new ReferenceService(subject.agency(), request(subject, action, pattern)));
            }
        }
        return services;
    }

    private static ServiceRequest request(Subject s, Action action, Pattern pattern) {
        List<String> processes = action.processes(s.fee() > 0);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            StepMode mode = pattern.modeOf(i, processes.size());
            List<String> asksFor = i == 0 && action.asksForData() ? s.asksFor() : null;
            steps.add(new Step(processes.get(i), channel(mode, i), mode, asksFor));
        }
        Set<String> channels = new LinkedHashSet<>();
        steps.forEach(step -> channels.add(step.channel()));
        if (channels.contains("WEB")) {
            channels.add("MYGOV_APP");
        }
        String code = s.agency() + "-" + s.key() + action.codeSuffix();
        String nameMs = action.nameMs(s.nameMs());
        String nameEn = action.nameEn(s.nameEn());
        return new ServiceRequest(code, nameMs, nameEn,
                nameMs + " oleh " + s.agency() + ". " + action.descriptionMs(),
                nameEn + " by " + s.agency() + ". " + action.descriptionEn(),
                s.sector(), s.cluster(), s.domain(), List.of(s.group()), s.lifeEvent(), s.personas(),
                List.copyOf(new LinkedHashSet<>(processes)), List.copyOf(channels),
                new Money("MYR", action.charges() ? s.fee() : 0L),
                s.flags().contains("S"), s.flags().contains("P") && action.charges(), s.flags().contains("G"), steps);
    }

    /** How the steps of a generated service are carried out. */
    private enum Pattern {
        ALL_ONLINE, COLLECT_AT_COUNTER, SECOND_STEP_FACE_TO_FACE, ALL_AT_COUNTER, ALL_MANUAL, START_AT_COUNTER;

        StepMode modeOf(int index, int count) {
            return switch (this) {
                case ALL_ONLINE -> StepMode.ONLINE;
                case COLLECT_AT_COUNTER -> index == count - 1 ? StepMode.COUNTER_AGENCY_COMPUTER : StepMode.ONLINE;
                case SECOND_STEP_FACE_TO_FACE -> index == 1 ? StepMode.MANUAL_FACE_TO_FACE : StepMode.ONLINE;
                case ALL_AT_COUNTER -> StepMode.COUNTER_AGENCY_COMPUTER;
                case ALL_MANUAL -> StepMode.MANUAL_FACE_TO_FACE;
                case START_AT_COUNTER -> index == 0 ? StepMode.COUNTER_AGENCY_COMPUTER : StepMode.ONLINE;
            };
        }
    }

    private static String channel(StepMode mode, int index) {
        return switch (mode) {
            case ONLINE -> index % 2 == 0 ? "WEB" : "MOBILE_APP";
            case COUNTER_AGENCY_COMPUTER -> "KAUNTER";
            case MANUAL_FACE_TO_FACE -> "BERSEMUKA";
        };
    }

    private static List<String> codes(String field) {
        return field.isBlank() ? List.of() : Arrays.asList(field.split(","));
    }

    private record Subject(String key, String agency, String sector, String cluster, String domain, String group,
                           String lifeEvent, List<String> personas, String nameMs, String nameEn, long fee,
                           String actions, List<String> asksFor, String flags) {
    }
}
