package my.gov.platform.catalogue.pages;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** The small records the page templates read; plain data, already in the page's language. */
public final class PageModels {
    private PageModels() {
    }

    @TemplateData
    public record Option(String code, String name, boolean selected) {
    }

    @TemplateData
    public record Link(String code, String name, int count) {
    }

    @TemplateData
    public record LinkGroup(String code, String name, List<Link> links) {
    }

    @TemplateData
    public record ResultRow(String id, String name, String agency, String lifeEvent, String status, String statusLabel) {
    }

    @TemplateData
    public record StepRow(int number, String process, String channel, String mode, String asksFor, boolean breaks) {
    }

    @TemplateData
    public record Breach(int step, String dataItem, String product) {
    }

    @TemplateData
    public record ServicePage(String id, String code, String name, String otherName, String description, String agency,
                              String sector, String cluster, String domain, String group, String lifeEvent, String personas,
                              String channels, String fee, String uses, String status, String statusLabel, String reason,
                              List<StepRow> steps, List<Breach> breaches, long payments, String paymentsTotal, long signIns,
                              String average, long ratingsCount, List<String> comments) {
    }

    @TemplateData
    public record Bar(String label, String value, double width, double valueX, int y, int textY) {
    }

    @TemplateData
    public record Chart(String title, int height, List<Bar> bars) {
    }

    @TemplateData
    public record TargetRow(String scope, String quarters, String baseline, String target, String achieved, String progress, boolean met) {
    }

    @TemplateData
    public record ApiRow(String name, String url, String agency, String version, String fetchedAt, int operations, boolean breaking,
                         boolean read, String swaggerUi) {
    }

    @TemplateData
    public record ChangeRow(String description, boolean breaking) {
    }

    @TemplateData
    public record VersionRow(String version, String fetchedAt, boolean breaking, List<ChangeRow> changes) {
    }

    @TemplateData
    public record OperationRow(String method, String path, String summary) {
    }

    @TemplateData
    public record EventRow(String service, String topic, List<String> types, boolean reachable) {
    }
}
