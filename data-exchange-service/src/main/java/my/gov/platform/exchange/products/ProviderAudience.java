package my.gov.platform.exchange.products;

/**
 * What a provider endpoint accepts from the broker: a token identity-service granted the broker for
 * the endpoint's agency alone, named by the resource indicator {@code urn:mygov:agency:<code>}
 * (RFC 8707, so it is the token's only {@code aud}), with scope {@code registry.read}.
 */
public final class ProviderAudience {
    public static final String SCOPE = "registry.read";
    private static final String AGENCY_RESOURCE = "urn:mygov:agency:";

    private ProviderAudience() {
    }

    public static String of(String agency) {
        return AGENCY_RESOURCE + agency;
    }
}
