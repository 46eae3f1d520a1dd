package my.gov.platform.identity.clients;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceIndicatorsTest {
    private static final List<String> BROKER = List.of("urn:mygov:agency:*", "https://registry.ssm.gov.my/api");

    @Test
    void aRequestedResourceIsAnAbsoluteUriWithoutAFragment() {
        assertThat(ResourceIndicators.problemWithRequested("urn:mygov:agency:JPN")).isEmpty();
        assertThat(ResourceIndicators.problemWithRequested("https://registry.ssm.gov.my/api")).isEmpty();
        assertThat(ResourceIndicators.problemWithRequested("registry/JPN")).hasValueSatisfying(p -> assertThat(p).contains("absolute"));
        assertThat(ResourceIndicators.problemWithRequested("")).hasValueSatisfying(p -> assertThat(p).contains("absolute"));
        assertThat(ResourceIndicators.problemWithRequested("urn:mygov:agency:JPN#records")).hasValueSatisfying(p -> assertThat(p).contains("fragment"));
        assertThat(ResourceIndicators.problemWithRequested("urn:mygov:agency:JPN#")).hasValueSatisfying(p -> assertThat(p).contains("fragment"));
        assertThat(ResourceIndicators.problemWithRequested("https://registry gov")).hasValueSatisfying(p -> assertThat(p).contains("not a URI"));
    }

    @Test
    void anAllowedEntryIsAResourceOrAResourcePrefixWithOneTrailingStar() {
        assertThat(ResourceIndicators.problemWithAllowed("urn:mygov:agency:JPN")).isEmpty();
        assertThat(ResourceIndicators.problemWithAllowed("urn:mygov:agency:*")).isEmpty();
        assertThat(ResourceIndicators.problemWithAllowed("https://registry.ssm.gov.my/*")).isEmpty();
        assertThat(ResourceIndicators.problemWithAllowed("urn:mygov:agency:**")).hasValueSatisfying(p -> assertThat(p).contains("single *"));
        assertThat(ResourceIndicators.problemWithAllowed("*")).isPresent();
        assertThat(ResourceIndicators.problemWithAllowed("urn:*")).isPresent();
        assertThat(ResourceIndicators.problemWithAllowed("https://*")).isPresent();
        assertThat(ResourceIndicators.problemWithAllowed("agency/*")).hasValueSatisfying(p -> assertThat(p).contains("before the trailing *"));
        assertThat(ResourceIndicators.problemWithAllowed("urn:mygov:agency:JPN#*")).hasValueSatisfying(p -> assertThat(p).contains("fragment"));
        assertThat(ResourceIndicators.problemWithAllowed("urn:mygov:agency:JPN#x")).hasValueSatisfying(p -> assertThat(p).contains("fragment"));
    }

    @Test
    void exactEntriesMatchExactlyAndPrefixEntriesMatchWhatExtendsThem() {
        assertThat(ResourceIndicators.allows(BROKER, "urn:mygov:agency:JPN")).isTrue();
        assertThat(ResourceIndicators.allows(BROKER, "urn:mygov:agency:SSM")).isTrue();
        assertThat(ResourceIndicators.allows(BROKER, "https://registry.ssm.gov.my/api")).isTrue();

        assertThat(ResourceIndicators.allows(BROKER, "urn:mygov:agency:")).isFalse();
        assertThat(ResourceIndicators.allows(BROKER, "urn:mygov:agencyX")).isFalse();
        assertThat(ResourceIndicators.allows(BROKER, "urn:mygov:platform")).isFalse();
        assertThat(ResourceIndicators.allows(BROKER, "https://registry.ssm.gov.my/api/v2")).isFalse();
        assertThat(ResourceIndicators.allows(BROKER, "https://registry.ssm.gov.my/API")).isFalse();
        assertThat(ResourceIndicators.allows(List.of(), "urn:mygov:agency:JPN")).isFalse();
    }
}
