package my.gov.platform.identity.security;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Who calls this service's own API, from its self-issued token (the shared {@code Caller} reads a
 * quarkus-oidc token, which this service does not use for itself).
 */
@RequestScoped
public class AdminCaller {
    public static final String AGENCY = "agency";
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String AGENCY_ADMIN = "agency-admin";
    /** Approves the civil servants of their own agency. */
    public static final String HEAD_OF_DEPARTMENT = "head-of-department";
    /** The permission a platform administrator's token carries for this service's own admin API. */
    public static final String IDENTITY_ADMIN = "identity.admin";

    private final SecurityIdentity identity;

    AdminCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String subject() {
        return identity.getPrincipal().getName();
    }

    public boolean hasPermission(String permission) {
        return identity.checkPermissionBlocking(new StringPermission(permission));
    }

    public boolean isPlatformAdmin() {
        return identity.hasRole(PLATFORM_ADMIN);
    }

    /** The agency an agency administrator administers; empty for anyone else. */
    public Optional<String> administeredAgency() {
        return agencyWithRole(AGENCY_ADMIN);
    }

    /** The agency whose head of department the caller is; empty for anyone else. */
    public Optional<String> headedAgency() {
        return agencyWithRole(HEAD_OF_DEPARTMENT);
    }

    private Optional<String> agencyWithRole(String role) {
        if (!identity.hasRole(role)) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.<String>getAttribute(AGENCY)).filter(a -> !a.isBlank());
    }
}
