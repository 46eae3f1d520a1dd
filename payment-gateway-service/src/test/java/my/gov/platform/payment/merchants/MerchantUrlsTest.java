package my.gov.platform.payment.merchants;

import my.gov.platform.commons.problem.Violation;
import my.gov.platform.payment.trustmarks.Trustmark;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MerchantUrlsTest {

    private static Trustmark coveringJpj() {
        Trustmark trustmark = new Trustmark();
        trustmark.certificateNumber = "MTSA-2026-0001";
        trustmark.hosts = List.of("bayar.jpj.gov.my", "api.jpj.gov.my");
        return trustmark;
    }

    private static List<String> fieldsOutside(List<String> returnUrls, String callbackUrl) {
        return MerchantUrls.outside(coveringJpj(), new CreateMerchantRequest("Shop", null, returnUrls, callbackUrl))
                .stream().map(Violation::field).toList();
    }

    @Test
    void urlsOnTheTrustmarksHostsAreCoveredWhateverTheCaseOrPort() {
        assertThat(fieldsOutside(List.of("https://BAYAR.jpj.gov.my/r", "https://bayar.jpj.gov.my:8443/r"),
                "https://api.jpj.gov.my/cb")).isEmpty();
    }

    @Test
    void aReturnOrCallbackUrlOnAnotherHostIsNamed() {
        assertThat(fieldsOutside(List.of("https://bayar.jpj.gov.my/r", "https://bayar.jpj.gov.my.evil.example/r"),
                "https://collector.example.net/cb")).containsExactly("returnUrls[1]", "callbackUrl");
    }

    @Test
    void aUrlWithoutAHostIsNotCovered() {
        assertThat(fieldsOutside(List.of("https:///r", "http://bad host/r"), "https://api.jpj.gov.my/cb"))
                .containsExactly("returnUrls[0]", "returnUrls[1]");
    }
}
