package my.gov.platform.commons.sandbox;

/**
 * The switch of the features that stand in for the outside world (the SANDBOX acquirer and its bank
 * page, the sample registries): on in the local run and the tests, off in production, where their
 * routes do not exist. A resource carries
 * {@code @EndpointDisabled(name = Sandbox.ENABLED, stringValue = "false", disableIfMissing = true)},
 * which Quarkus evaluates at start-up, so the same package serves both.
 */
public final class Sandbox {
    public static final String ENABLED = "mygov.sandbox.enabled";

    private Sandbox() {
    }
}
