package my.gov.platform.exchange.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import my.gov.platform.exchange.agreements.Agreement;
import my.gov.platform.exchange.agreements.AgreementStatus;
import my.gov.platform.exchange.agreements.PurposeCode;
import my.gov.platform.exchange.classification.Classification;
import my.gov.platform.exchange.config.ExchangeConfig;
import my.gov.platform.exchange.products.DataProduct;
import my.gov.platform.exchange.subscriptions.Subscription;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Local-run demo (mygov.demo-data=true): approved agreements so the demo clients can query at once.
 * JPJ (demo-agency) reads name and address for licensing; KWAP reads name and date of death for
 * pensions and subscribes to population changes. Inserted only if absent.
 */
@ApplicationScoped
public class DemoData {
    static final UUID JPJ_LICENSING = UUID.fromString("0195d000-0000-7000-8000-000000000001");
    static final UUID KWAP_PENSIONS = UUID.fromString("0195d000-0000-7000-8000-000000000002");
    static final UUID KWAP_SUBSCRIPTION = UUID.fromString("0195d000-0000-7000-8000-000000000003");
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final boolean enabled;

    DemoData(ExchangeConfig config) {
        this.enabled = config.demoData();
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    void load() {
        DataProduct population = DataProduct.<DataProduct>find("code", "POPULATION").firstResult();
        agreement(JPJ_LICENSING, population, "JPJ", List.of("fullName", "address"), Classification.SULIT, PurposeCode.LICENSING,
                "Pre-fill driving licence renewals with the applicant's registered name and address");
        agreement(KWAP_PENSIONS, population, "KWAP", List.of("fullName", "dateOfDeath"), Classification.TERHAD,
                PurposeCode.PENSION_ADMINISTRATION, "Stop pension payments when a pensioner dies");
        if (Subscription.findById(KWAP_SUBSCRIPTION) == null) {
            Subscription subscription = new Subscription();
            subscription.id = KWAP_SUBSCRIPTION;
            subscription.subscriberAgency = "KWAP";
            subscription.productId = population.id;
            subscription.agreementId = KWAP_PENSIONS;
            subscription.createdAt = Instant.now();
            subscription.persist();
        }
        LOG.info("Demo agreements loaded");
    }

    private static void agreement(UUID id, DataProduct product, String consumer, List<String> fields, Classification level,
                                  PurposeCode purpose, String purposeText) {
        if (Agreement.findById(id) != null) {
            return;
        }
        Agreement agreement = new Agreement();
        agreement.id = id;
        agreement.productId = product.id;
        agreement.consumerAgency = consumer;
        agreement.providerAgency = product.ownerAgency;
        agreement.fields = fields;
        agreement.maxClassification = level;
        agreement.purposeCode = purpose;
        agreement.purposeText = purposeText;
        agreement.legalBasis = "Data Sharing Act 2025 (demo approval)";
        agreement.validFrom = LocalDate.of(2026, 1, 1);
        agreement.validUntil = LocalDate.of(2030, 12, 31);
        agreement.volumeLimit = 1_000_000;
        agreement.status = AgreementStatus.APPROVED;
        agreement.createdAt = Instant.now();
        agreement.decidedAt = agreement.createdAt;
        agreement.persist();
    }
}
