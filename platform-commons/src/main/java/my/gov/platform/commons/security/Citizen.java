package my.gov.platform.commons.security;

/**
 * A signed-in person acting for themselves: their SSO subject and their own MyKad number, both from the
 * verified access token. A person's own identifiers never come from a request body.
 */
public record Citizen(String subject, String mykadNumber) {
}
