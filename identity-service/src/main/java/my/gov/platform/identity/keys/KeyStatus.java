package my.gov.platform.identity.keys;

/** Life of a signing key: published before use, used, then published until its tokens have expired. */
public enum KeyStatus {
    NEXT, ACTIVE, RETIRED
}
