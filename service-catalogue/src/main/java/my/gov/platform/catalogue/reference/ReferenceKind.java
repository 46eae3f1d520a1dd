package my.gov.platform.catalogue.reference;

import java.util.Arrays;
import java.util.Optional;

/** The reference lists, each a table; those with a parent name the parent's table. */
public enum ReferenceKind {
    SECTORS("sectors", "sector", null),
    CLUSTERS("clusters", "service_cluster", "sector"),
    DOMAINS("domains", "service_domain", "sector"),
    TARGET_GROUPS("target-groups", "target_group", null),
    LIFE_EVENTS("life-events", "life_event", "target_group"),
    PERSONAS("personas", "persona", null),
    PROCESSES("processes", "generic_process", null);

    private final String path;
    private final String table;
    private final String parentColumn;

    ReferenceKind(String path, String table, String parentColumn) {
        this.path = path;
        this.table = table;
        this.parentColumn = parentColumn;
    }

    public String path() {
        return path;
    }

    String table() {
        return table;
    }

    String parentColumn() {
        return parentColumn;
    }

    boolean hasParent() {
        return parentColumn != null;
    }

    boolean ordered() {
        return this == SECTORS || this == TARGET_GROUPS || this == LIFE_EVENTS || this == PERSONAS || this == PROCESSES;
    }

    public static Optional<ReferenceKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
