package my.gov.platform.catalogue.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.catalogue.config.CatalogueConfig;
import my.gov.platform.commons.background.SingleRunner;
import my.gov.platform.commons.outbound.OutboundPolicy;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI portal's memory: the sources it reads, every distinct version of each document, and
 * the changelog between consecutive versions. A document identical to the latest adds nothing.
 */
@ApplicationScoped
public class ApiPortal {
    private static final Logger LOG = Logger.getLogger(ApiPortal.class);

    private final CatalogueConfig.Portal config;
    private final DocumentFetcher fetcher;
    private final OutboundPolicy outbound;
    private final ObjectMapper json;
    private final SingleRunner singleRunner;

    ApiPortal(CatalogueConfig config, DocumentFetcher fetcher, ObjectMapper json, OutboundPolicy outbound, SingleRunner singleRunner) {
        this.singleRunner = singleRunner;
        this.outbound = outbound;
        this.config = config.portal();
        this.fetcher = fetcher;
        this.json = json;
    }

    void registerConfiguredSources(@Observes StartupEvent startup) {
        QuarkusTransaction.requiringNew().run(() -> config.sources().forEach((name, url) -> {
            ApiSource source = ApiSource.findById(name);
            if (source == null) {
                source = new ApiSource();
                source.name = name;
                source.createdAt = Instant.now();
                source.url = url;
                source.persist();
            } else {
                source.url = url;
            }
        }));
    }

    @Scheduled(every = "${mygov.portal.refresh-every:10m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshAllOnOneReplica() {
        // Replicas refreshing at once would each fetch every document and race to record the same new version.
        singleRunner.runIfFree("catalogue.portal-refresh", this::refreshAll);
    }

    private void refreshAll() {
        List<String> names = QuarkusTransaction.requiringNew().call(() -> ApiSource.<ApiSource>listAll().stream().map(s -> s.name).toList());
        for (String name : names) {
            try {
                refresh(name);
            } catch (ProblemException e) {
                LOG.debugf("OpenAPI document of %s not read: %s", name, e.getMessage());
            }
        }
    }

    public ApiSource register(String name, String url, String agency) {
        outbound.requireAcceptable("url", url);
        QuarkusTransaction.requiringNew().run(() -> {
            if (ApiSource.findById(name) != null) {
                throw ProblemException.conflict("An API named " + name + " is already registered");
            }
            ApiSource source = new ApiSource();
            source.name = name;
            source.url = url;
            source.agency = agency;
            source.createdAt = Instant.now();
            source.persist();
        });
        return source(name);
    }

    /** Reads the source's document now; returns the latest version (new or unchanged). */
    public ApiVersion refresh(String name) {
        ApiSource source = source(name);
        String document;
        JsonNode parsed;
        try {
            document = fetcher.get(source.url);
            parsed = json.readTree(document);
        } catch (IOException e) {
            throw new ProblemException(CommonProblem.BAD_GATEWAY, "Could not read the OpenAPI document of " + name + ": " + e.getMessage());
        }
        if (!parsed.has("openapi") || !parsed.has("paths")) {
            throw new ProblemException(CommonProblem.BAD_GATEWAY, "The document at " + source.url + " is not an OpenAPI 3 document");
        }
        String hash = sha256(document);
        // Comparing large documents takes openapi-diff a second or more: it is done before the
        // transaction, and done again inside only if another refresh recorded a version meanwhile.
        Optional<ApiVersion> before = QuarkusTransaction.requiringNew().call(() -> latest(name));
        List<ApiChange> compared = changesSince(name, before, hash, document);
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<ApiVersion> latest = latest(name);
            if (latest.isPresent() && latest.get().sha256.equals(hash)) {
                return latest.get();
            }
            Optional<ApiVersion> known = ApiVersion.find("source = ?1 and sha256 = ?2", name, hash).firstResultOptional();
            List<ApiChange> changes = latest.map(v -> v.id).equals(before.map(v -> v.id)) ? compared : changesSince(name, latest, hash, document);
            ApiVersion version = known.orElseGet(ApiVersion::new);
            if (version.id == null) {
                version.id = Ids.newId();
                version.source = name;
                version.sha256 = hash;
                version.document = document;
            }
            version.title = parsed.path("info").path("title").asText(null);
            version.apiVersion = parsed.path("info").path("version").asText(null);
            version.fetchedAt = Instant.now();
            version.changes = changes;
            version.breaking = changes.stream().anyMatch(ApiChange::breaking);
            version.persist();
            return version;
        });
    }

    public ApiSource source(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(ApiSource.<ApiSource>findById(name)))
                .orElseThrow(() -> ProblemException.notFound("API", name));
    }

    public List<ApiSource> sources() {
        return QuarkusTransaction.requiringNew().call(() -> ApiSource.<ApiSource>listAll(io.quarkus.panache.common.Sort.by("name")));
    }

    public Optional<ApiVersion> latest(String name) {
        return QuarkusTransaction.joiningExisting().call(() ->
                ApiVersion.<ApiVersion>find("source", io.quarkus.panache.common.Sort.by("fetchedAt").descending(), name).firstResultOptional());
    }

    public List<ApiVersion> versions(String name) {
        source(name);
        return QuarkusTransaction.requiringNew().call(() ->
                ApiVersion.<ApiVersion>list("source", io.quarkus.panache.common.Sort.by("fetchedAt").descending(), name));
    }

    public ApiVersion version(String name, java.util.UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ApiVersion.<ApiVersion>find("source = ?1 and id = ?2", name, id).firstResultOptional())
                .orElseThrow(() -> ProblemException.notFound("version of API " + name, id));
    }

    /** The event contract each suite service publishes at /v1/event-schemas, read live. */
    public List<EventContract> eventContracts() {
        return sources().stream().filter(s -> s.agency == null).map(s -> {
            try {
                JsonNode contract = json.readTree(fetcher.get(s.baseUrl() + "/v1/event-schemas"));
                return new EventContract(s.name, contract.path("topic").asText(null), contract.path("events"), null);
            } catch (IOException e) {
                return new EventContract(s.name, null, null, "Not reachable: " + e.getMessage());
            }
        }).toList();
    }

    public Map<String, String> configuredSources() {
        return config.sources();
    }

    public String identityUrl() {
        return config.identityUrl();
    }

    private static List<ApiChange> changesSince(String name, Optional<ApiVersion> latest, String hash, String document) {
        if (latest.isEmpty() || latest.get().sha256.equals(hash)) {
            return List.of();
        }
        try {
            return ContractDiff.between(latest.get().document, document);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(CommonProblem.BAD_GATEWAY, "The new OpenAPI document of " + name + " cannot be compared with the last one: " + e.getMessage());
        }
    }

    static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
