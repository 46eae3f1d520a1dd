package my.gov.platform.catalogue.security;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import my.gov.platform.commons.problem.ProblemException;

/**
 * Checks "this role OR this scope": people carry roles, machine clients carry scopes, and either may
 * do the same job. Methods using it are {@code @Authenticated}, so an anonymous caller is a 401 first.
 */
@RequestScoped
public class Grants {
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String AGENCY_ADMIN = "agency-admin";
    public static final String CATALOGUE_ADMIN = "catalogue.admin";
    public static final String CATALOGUE_WRITE = "catalogue.write";

    private final SecurityIdentity identity;

    Grants(SecurityIdentity identity) {
        this.identity = identity;
    }

    public void requireRoleOrScope(String role, String scope) {
        if (!identity.hasRole(role) && !identity.checkPermissionBlocking(new StringPermission(scope))) {
            throw ProblemException.forbidden("This operation needs the role " + role + " or the scope " + scope);
        }
    }

    public void requireReferenceAdmin() {
        requireRoleOrScope(PLATFORM_ADMIN, CATALOGUE_ADMIN);
    }

    public void requireCatalogueEditor() {
        requireRoleOrScope(AGENCY_ADMIN, CATALOGUE_WRITE);
    }
}
