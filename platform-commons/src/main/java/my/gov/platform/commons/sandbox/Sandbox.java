package my.gov.platform.commons.sandbox;

/**
 * The switch of the features that stand in for the outside world (the SANDBOX acquirer and its bank
 * page, the sample registries): on in the local run and the tests, off in production, where their
 * routes do not exist. A resource carries
 * {@code @EndpointDisabled(name = Sandbox.ENABLED, stringValue = "false", disableIfMissing = true)},
 * which Quarkus evaluates at start-up, so the same package serves both, and is tagged with one of the
 * tags below, whose operations {@link SandboxOpenApiFilter} leaves out of the OpenAPI document.
 */
public final class Sandbox {
    public static final String ENABLED = "mygov.sandbox.enabled";
    public static final String ACQUIRER_TAG = "Sandbox acquirer";
    public static final String REGISTRIES_TAG = "Sample registries";

    private Sandbox() {
    }
}
