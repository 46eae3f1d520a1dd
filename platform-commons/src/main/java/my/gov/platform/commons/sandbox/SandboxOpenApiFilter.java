package my.gov.platform.commons.sandbox;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import java.util.List;
import java.util.Map;

/**
 * Where sandbox features are off, their operations leave the OpenAPI document as their routes leave
 * the server: the document is built with the package, so this runs once at start-up, when the profile
 * is known.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SandboxOpenApiFilter implements OASFilter {
    private static final List<String> SANDBOX_TAGS = List.of(Sandbox.ACQUIRER_TAG, Sandbox.REGISTRIES_TAG);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (ConfigProvider.getConfig().getOptionalValue(Sandbox.ENABLED, Boolean.class).orElse(false) || openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().entrySet().stream().filter(path -> isSandbox(path.getValue()))
                .map(Map.Entry::getKey).toList().forEach(openAPI.getPaths()::removePathItem);
        if (openAPI.getTags() != null) {
            // The model's lists are read-only views: tags leave one by one through the model.
            openAPI.getTags().stream().filter(tag -> SANDBOX_TAGS.contains(tag.getName())).toList().forEach(openAPI::removeTag);
        }
    }

    private static boolean isSandbox(PathItem path) {
        return path.getOperations().values().stream()
                .allMatch(operation -> operation.getTags() != null && operation.getTags().stream().anyMatch(SANDBOX_TAGS::contains));
    }
}
