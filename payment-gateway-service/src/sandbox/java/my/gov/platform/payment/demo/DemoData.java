package my.gov.platform.payment.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import my.gov.platform.commons.money.Money;
import my.gov.platform.payment.acquirers.AcquirerNotifications;
import my.gov.platform.payment.acquirers.SandboxAcquirer;
import my.gov.platform.payment.config.PaymentConfig;
import my.gov.platform.payment.merchants.CreateMerchantRequest;
import my.gov.platform.payment.merchants.Merchant;
import my.gov.platform.payment.merchants.Merchants;
import my.gov.platform.payment.payments.CreatePaymentRequest;
import my.gov.platform.payment.payments.Payment;
import my.gov.platform.payment.payments.PaymentMethod;
import my.gov.platform.payment.payments.Payments;
import my.gov.platform.payment.trustmarks.IssueTrustmarkRequest;
import my.gov.platform.payment.trustmarks.MilestoneKind;
import my.gov.platform.payment.trustmarks.Trustmark;
import my.gov.platform.payment.trustmarks.TrustmarkRegistry;
import my.gov.platform.payment.trustmarks.TrustmarkRequests;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * Local-run data (mygov.demo-data=true): a JPJ trustmark covering localhost, a JPJ merchant
 * returning to the demo client's callback, and a few payments. Inserted only if absent.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String CERTIFICATE = "MTSA-2026-0001";
    static final String MERCHANT_NAME = "MyJPJ Demo Payments";
    static final String RETURN_URL = "http://localhost:8090/callback";

    void load(@Observes StartupEvent started, PaymentConfig config,
              TrustmarkRegistry trustmarks, Merchants merchants, Payments payments, SandboxAcquirer sandbox,
              AcquirerNotifications notifications) {
        if (config.demoData()) {
            insert(trustmarks, merchants, payments, sandbox, notifications);
        }
    }

    void insert(TrustmarkRegistry trustmarks, Merchants merchants, Payments payments, SandboxAcquirer sandbox,
                AcquirerNotifications notifications) {
        // Issued and certified in one transaction: a trustmark left without its milestones would never take payments.
        Trustmark trustmark = trustmarks.byCertificate(CERTIFICATE).orElseGet(() -> QuarkusTransaction.requiringNew().call(() -> {
            Trustmark issued = trustmarks.issue(new IssueTrustmarkRequest(CERTIFICATE, "JPJ", "MyJPJ Online Payment",
                    List.of("localhost", "bayar.jpj.gov.my"), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));
            trustmarks.recordMilestone(issued.id, new TrustmarkRequests.Milestone(MilestoneKind.SELF_ASSESSMENT,
                    LocalDate.of(2025, 11, 1), null, "Agency self-assessment submitted"));
            trustmarks.recordMilestone(issued.id, new TrustmarkRequests.Milestone(MilestoneKind.PENETRATION_TEST,
                    LocalDate.of(2025, 12, 1), "CSM/PT/2025/0420", "No open high findings"));
            trustmarks.recordMilestone(issued.id, new TrustmarkRequests.Milestone(MilestoneKind.CERTIFICATION_LETTER,
                    LocalDate.of(2025, 12, 20), "CSM/MTSA/2025/0001", null));
            return issued;
        }));
        boolean merchantExists = QuarkusTransaction.requiringNew().call(() ->
                Merchant.count("agency = ?1 and name = ?2", "JPJ", MERCHANT_NAME) > 0);
        if (merchantExists) {
            return;
        }
        Merchant merchant = merchants.create("JPJ", new CreateMerchantRequest(MERCHANT_NAME, trustmark.id, List.of(RETURN_URL),
                RETURN_URL)).merchant();
        for (int i = 1; i <= 3; i++) {
            long sen = 5000L * i;
            String bill = "JPJ-DEMO-%04d".formatted(i);
            Payment payment = QuarkusTransaction.requiringNew().call(() -> payments.create("JPJ", new CreatePaymentRequest(
                    merchant.id, Money.myr(sen), bill, "Demo road tax renewal " + bill, null, null, null, null, "JPJ-CUKAI-JALAN-PEMBAHARUAN")));
            if (i < 3) {
                String reference = payments.startAuthorization(payment.id, PaymentMethod.FPX_B2C, "SBX0001").reference();
                sandbox.decide(reference, i == 1 ? SandboxAcquirer.Decision.APPROVE : SandboxAcquirer.Decision.DECLINE)
                        .forEach(m -> notifications.receive(m.body(), m.signature()));
            }
        }
        LOG.infof("Demo data loaded: trustmark %s, merchant %s (its callback secret is not logged)", CERTIFICATE, merchant.id);
    }
}
