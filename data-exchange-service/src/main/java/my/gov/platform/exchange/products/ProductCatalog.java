package my.gov.platform.exchange.products;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.changes.DataVersions;
import my.gov.platform.commons.outbound.OutboundPolicy;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.exchange.caching.AfterCompletion;
import my.gov.platform.exchange.caching.ReadThroughCache;
import my.gov.platform.exchange.config.ExchangeConfig;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The catalogue of data products: public to read, changed only by their owner agency or an admin. */
@ApplicationScoped
public class ProductCatalog {
    static final String DATA_SET = "products";
    private final TransactionSynchronizationRegistry transactions;
    private final ReadThroughCache<String, DataProduct> exchangeView;
    private final OutboundPolicy outbound;

    ProductCatalog(TransactionSynchronizationRegistry transactions, OutboundPolicy outbound,
                   ExchangeConfig config) {
        this.transactions = transactions;
        this.outbound = outbound;
        this.exchangeView = new ReadThroughCache<>(config.exchange().cacheTtl());
    }

    public List<DataProduct> list(ProductKind kind, Sector sector, String owner, UUID after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (sector != null) {
            query.append(" and sector = :sector");
            parameters.and("sector", sector);
        }
        if (owner != null) {
            query.append(" and ownerAgency = :owner");
            parameters.and("owner", owner);
        }
        if (after != null) {
            query.append(" and id > :after");
            parameters.and("after", after);
        }
        return DataProduct.<DataProduct>find(query + " order by id", parameters).page(0, limit + 1).list();
    }

    /** Looks a product up by its UUID or its code (e.g. POPULATION). */
    public DataProduct get(String idOrCode) {
        DataProduct product = parseId(idOrCode) != null
                ? DataProduct.findById(parseId(idOrCode))
                : DataProduct.<DataProduct>find("code", idOrCode).firstResult();
        if (product == null) {
            throw ProblemException.notFound("data product", idOrCode);
        }
        return product;
    }

    /**
     * Like {@link #get}, from memory: a detached row for the exchange path to read, never to change.
     * This instance's own registrations and updates apply at once; other replicas' within about a second
     * (the {@code products} data set, migration V220), and within the cache TTL should that poll fail.
     */
    public DataProduct forExchange(String idOrCode) {
        return exchangeView.get(idOrCode, key -> QuarkusTransaction.requiringNew().call(() -> get(key)));
    }

    void watchElsewhere(@Observes StartupEvent start, DataVersions versions) {
        versions.onChange(DATA_SET, exchangeView::invalidateAll);
    }

    /** Like {@link #forExchange}, without reading the database: empty when the product is not in memory. */
    public Optional<DataProduct> forExchangeFromMemory(String idOrCode) {
        return Optional.ofNullable(exchangeView.getIfCached(idOrCode));
    }

    @Transactional
    public DataProduct register(ProductRequest request) {
        checkSchema(request);
        checkEndpoint(request);
        if (DataProduct.count("code", request.code()) > 0) {
            throw ProblemException.conflict("A product with code " + request.code() + " is already registered");
        }
        AfterCompletion.run(transactions, exchangeView::invalidateAll);
        DataProduct product = new DataProduct();
        product.id = Ids.newId();
        product.code = request.code();
        apply(product, request);
        product.persist();
        return product;
    }

    @Transactional
    public DataProduct update(String idOrCode, ProductRequest request) {
        checkSchema(request);
        checkEndpoint(request);
        DataProduct product = get(idOrCode);
        if (!product.code.equals(request.code()) || !product.ownerAgency.equals(request.ownerAgency())) {
            throw new ProblemException(CommonProblem.UNPROCESSABLE, "A product's code and owner agency cannot change");
        }
        AfterCompletion.run(transactions, exchangeView::invalidateAll);
        apply(product, request);
        return product;
    }

    /**
     * An agency's endpoint must be one the broker may call; the platform's own sample registries
     * ({@code {sampleRegistryBaseUrl}}) are the operator's setting, and are checked at each call only.
     */
    private void checkEndpoint(ProductRequest request) {
        if (!request.providerEndpoint().startsWith(ProviderEndpoints.SAMPLE_BASE)) {
            outbound.requireAcceptable("providerEndpoint", request.providerEndpoint().replace("{key}", "key"));
        }
    }

    private static void apply(DataProduct product, ProductRequest request) {
        product.kind = request.kind();
        product.name = request.name();
        product.nameMs = request.nameMs();
        product.sector = request.sector();
        product.ownerAgency = request.ownerAgency();
        product.legalBasis = request.legalBasis();
        product.version = request.version();
        product.classification = request.classification();
        product.recordKey = request.recordKey();
        product.fields = new ArrayList<>(request.fields());
        product.providerEndpoint = request.providerEndpoint();
        product.updatedAt = Instant.now();
    }

    /**
     * A schema must name its key field once, no field may be classified above the product, and only a
     * product keyed by a citizen can ask for that citizen's consent (no consent could ever match another).
     */
    private static void checkSchema(ProductRequest request) {
        Set<String> names = new HashSet<>();
        for (ProductField field : request.fields()) {
            if (!names.add(field.name())) {
                throw ProblemException.invalid("fields", "field " + field.name() + " appears twice");
            }
            if (field.classification().isAbove(request.classification())) {
                throw ProblemException.invalid("fields", "field " + field.name() + " is classified above the product");
            }
            if (field.consentRequired() && !RecordKeys.CITIZEN_KEYS.contains(request.recordKey())) {
                throw ProblemException.invalid("fields", "field " + field.name() + " needs the citizen's consent, which "
                        + "is matched by record key: key the product by " + String.join(" or ", RecordKeys.CITIZEN_KEYS));
            }
        }
        if (!names.contains(request.recordKey())) {
            throw ProblemException.invalid("recordKey", "must name one of the fields");
        }
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
