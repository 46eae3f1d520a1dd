package my.gov.platform.commons.openapi;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who may call a REST operation, read from the same annotations the server enforces ({@code @PermissionsAllowed}
 * scopes, {@code @RolesAllowed} roles, {@code @Authenticated}, {@code @PermitAll}), so the contract cannot say
 * otherwise than the server does. A method's own annotation wins over its class's, as it does in Quarkus.
 *
 * @param secured     false: anyone may call it ({@code security: []})
 * @param permissions any one of these scopes or roles suffices; empty: any valid token
 */
record OperationAccess(boolean secured, List<String> permissions) {
    static final OperationAccess PUBLIC = new OperationAccess(false, List.of());

    private static final List<DotName> HTTP_METHODS = Stream.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD")
            .map(name -> DotName.createSimple("jakarta.ws.rs." + name)).toList();
    private static final DotName PERMISSIONS_ALLOWED = DotName.createSimple("io.quarkus.security.PermissionsAllowed");
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    private static final DotName AUTHENTICATED = DotName.createSimple("io.quarkus.security.Authenticated");
    private static final DotName PERMIT_ALL = DotName.createSimple("jakarta.annotation.security.PermitAll");

    /** Keyed as SmallRye names operations with the CLASS_METHOD strategy: {@code <SimpleClassName>_<method>}. */
    static Map<String, OperationAccess> byOperationId(IndexView index) {
        Map<String, OperationAccess> access = new HashMap<>();
        for (ClassInfo resource : index.getKnownClasses()) {
            for (MethodInfo method : resource.methods()) {
                if (HTTP_METHODS.stream().anyMatch(method::hasDeclaredAnnotation)) {
                    access.put(resource.simpleName() + "_" + method.name(),
                            of(method).or(() -> of(resource)).orElse(PUBLIC));
                }
            }
        }
        return access;
    }

    private static Optional<OperationAccess> of(AnnotationTarget target) {
        if (target.hasDeclaredAnnotation(PERMIT_ALL)) {
            return Optional.of(PUBLIC);
        }
        for (DotName named : List.of(PERMISSIONS_ALLOWED, ROLES_ALLOWED)) {
            AnnotationInstance annotation = target.declaredAnnotation(named);
            if (annotation != null) {
                AnnotationValue value = annotation.value();
                return Optional.of(new OperationAccess(true, value == null ? List.of() : Arrays.asList(value.asStringArray())));
            }
        }
        return target.hasDeclaredAnnotation(AUTHENTICATED) ? Optional.of(new OperationAccess(true, List.of())) : Optional.empty();
    }
}
