package my.gov.platform.identity.oauth;

import my.gov.platform.identity.clients.GrantType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceRequestTest {
    private static final List<String> ALLOWED = List.of("urn:mygov:agency:*");

    @Test
    void noResourceMeansAPlatformToken() {
        assertThat(ResourceRequest.target(GrantType.CLIENT_CREDENTIALS, null, ALLOWED)).isEmpty();
        assertThat(ResourceRequest.target(GrantType.AUTHORIZATION_CODE, List.of(), ALLOWED)).isEmpty();
    }

    @Test
    void anAllowedResourceBecomesTheTarget() {
        assertThat(ResourceRequest.target(GrantType.CLIENT_CREDENTIALS, List.of("urn:mygov:agency:JPN"), ALLOWED))
                .contains("urn:mygov:agency:JPN");
    }

    @Test
    void everythingElseIsInvalidTarget() {
        assertInvalidTarget(GrantType.CLIENT_CREDENTIALS, List.of("urn:mygov:agency:JPN", "urn:mygov:agency:JPJ"), "one resource");
        assertInvalidTarget(GrantType.CLIENT_CREDENTIALS, List.of("urn:mygov:platform:payments"), "may not request");
        assertInvalidTarget(GrantType.CLIENT_CREDENTIALS, List.of("agency/JPN"), "absolute");
        assertInvalidTarget(GrantType.CLIENT_CREDENTIALS, List.of(""), "absolute");
        assertInvalidTarget(GrantType.CLIENT_CREDENTIALS, List.of("urn:mygov:agency:JPN#x"), "fragment");
        assertInvalidTarget(GrantType.AUTHORIZATION_CODE, List.of("urn:mygov:agency:JPN"), "client_credentials");
        assertInvalidTarget(GrantType.REFRESH_TOKEN, List.of("urn:mygov:agency:JPN"), "client_credentials");
    }

    private static void assertInvalidTarget(GrantType grant, List<String> requested, String descriptionPart) {
        assertThatThrownBy(() -> ResourceRequest.target(grant, requested, ALLOWED))
                .isInstanceOfSatisfying(OAuthError.class, e -> {
                    assertThat(e.error()).isEqualTo("invalid_target");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains(descriptionPart);
                });
    }
}
