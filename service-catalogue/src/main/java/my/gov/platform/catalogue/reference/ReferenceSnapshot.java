package my.gov.platform.catalogue.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All reference lists at one moment; immutable, so readers never see a half-applied change. */
@Schema(name = "ReferenceData")
public record ReferenceSnapshot(
        List<ReferenceItem> sectors,
        List<ReferenceItem> clusters,
        List<ReferenceItem> domains,
        List<ReferenceItem> targetGroups,
        List<ReferenceItem> lifeEvents,
        List<ReferenceItem> personas,
        List<ReferenceItem> processes) {

    public static ReferenceSnapshot of(Map<ReferenceKind, List<ReferenceItem>> lists) {
        return new ReferenceSnapshot(lists.get(ReferenceKind.SECTORS), lists.get(ReferenceKind.CLUSTERS),
                lists.get(ReferenceKind.DOMAINS), lists.get(ReferenceKind.TARGET_GROUPS),
                lists.get(ReferenceKind.LIFE_EVENTS), lists.get(ReferenceKind.PERSONAS), lists.get(ReferenceKind.PROCESSES));
    }

    public List<ReferenceItem> list(ReferenceKind kind) {
        return switch (kind) {
            case SECTORS -> sectors;
            case CLUSTERS -> clusters;
            case DOMAINS -> domains;
            case TARGET_GROUPS -> targetGroups;
            case LIFE_EVENTS -> lifeEvents;
            case PERSONAS -> personas;
            case PROCESSES -> processes;
        };
    }

    public Optional<ReferenceItem> find(ReferenceKind kind, String code) {
        return list(kind).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<ReferenceItem> lifeEventsOf(String targetGroup) {
        return lifeEvents.stream().filter(e -> e.parent().equals(targetGroup)).toList();
    }

    public Map<String, ReferenceItem> byCode(ReferenceKind kind) {
        return list(kind).stream().collect(Collectors.toMap(ReferenceItem::code, Function.identity()));
    }

    /** The display name of a code, or the code itself when it is not (or no longer) listed. */
    public String name(ReferenceKind kind, String code, String lang) {
        return find(kind, code).map(i -> i.name(lang)).orElse(code);
    }
}
