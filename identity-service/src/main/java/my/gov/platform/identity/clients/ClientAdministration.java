package my.gov.platform.identity.clients;

import java.util.Optional;

/**
 * Which clients a caller of the registry administers: all of them (scope {@code identity.admin},
 * held by platform administrators too), or those of one agency (an agency administrator).
 */
public record ClientAdministration(Optional<String> agency) {
    public static ClientAdministration everything() {
        return new ClientAdministration(Optional.empty());
    }

    public static ClientAdministration ofAgency(String agency) {
        return new ClientAdministration(Optional.of(agency));
    }

    public boolean covers(String clientAgency) {
        return agency.isEmpty() || agency.get().equals(clientAgency);
    }
}
