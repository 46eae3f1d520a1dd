package my.gov.platform.commons.problem;

/** One broken rule in a validation problem: the JSON field (dotted path) and what is wrong. */
public record Violation(String field, String message) {
}
