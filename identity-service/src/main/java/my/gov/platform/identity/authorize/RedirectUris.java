package my.gov.platform.identity.authorize;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Adds query parameters to a registered redirect URI, encoding client-supplied values (state) safely. */
final class RedirectUris {
    private RedirectUris() {
    }

    static URI with(String redirectUri, Map<String, String> params) {
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(redirectUri + (redirectUri.contains("?") ? "&" : "?") + query);
    }
}
