package my.gov.platform.payment.reconciliation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.background.SingleRunner;
import my.gov.platform.commons.money.Money;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.calendar.MalaysiaTime;
import my.gov.platform.payment.ledger.JournalEntry;
import my.gov.platform.payment.ledger.Ledger;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;

/**
 * Books what the acquirer settled: the day is reconciled first and only matched items move from
 * clearing to the settlement bank account, once per agency and day.
 */
@ApplicationScoped
public class Settlements {
    private static final Logger LOG = Logger.getLogger(Settlements.class);

    private final Reconciler reconciler;
    private final Ledger ledger;
    private final EntityManager entityManager;
    private final SingleRunner singleRunner;

    Settlements(Reconciler reconciler, Ledger ledger, EntityManager entityManager, SingleRunner singleRunner) {
        this.reconciler = reconciler;
        this.ledger = ledger;
        this.entityManager = entityManager;
        this.singleRunner = singleRunner;
    }

    @Transactional
    public SettlementView settle(String agency, LocalDate day) {
        if (ledger.settled(agency, day)) {
            throw ProblemException.conflict("The settlement of " + day + " is already booked for " + agency);
        }
        ReconciliationReport report = reconciler.reconcile(agency, day);
        long matched = report.items().stream().filter(i -> i.outcome() == Reconciliation.Outcome.MATCHED)
                .mapToLong(Reconciliation.Item::settledSen).sum();
        if (matched == 0) {
            throw new ProblemException(CommonProblem.UNPROCESSABLE, "Nothing matched to settle on " + day);
        }
        ledger.postSettlement(agency, day, "Settlement " + report.acquirer() + " " + day, JournalEntry.settlement(matched));
        return new SettlementView(agency, day, Money.myr(matched), report.summary());
    }

    /**
     * Every night, reconcile and settle yesterday for each agency that had charges, on one replica;
     * a replica whose clock fires later finds each day already settled.
     */
    @Scheduled(cron = "${mygov.settlements.cron:0 30 2 * * ?}", timeZone = "Asia/Kuala_Lumpur",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void settleYesterdayOnOneReplica() {
        singleRunner.runIfFree("payment.settlements", this::settleYesterday);
    }

    private void settleYesterday() {
        LocalDate yesterday = MalaysiaTime.today().minusDays(1);
        @SuppressWarnings("unchecked")
        List<String> agencies = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT DISTINCT agency FROM ledger_journal WHERE kind = 'CHARGE' AND created_at >= ?1 AND created_at < ?2""")
                .setParameter(1, yesterday.atStartOfDay(MalaysiaTime.ZONE).toInstant())
                .setParameter(2, MalaysiaTime.today().atStartOfDay(MalaysiaTime.ZONE).toInstant())
                .getResultList());
        for (String agency : agencies) {
            try {
                SettlementView settled = settle(agency, yesterday);
                LOG.infof("Settled %s for %s: %d sen, reconciliation %s", yesterday, agency, settled.settled().value(),
                        settled.reconciliation());
            } catch (ProblemException notSettled) {
                LOG.warnf("Settlement of %s for %s not booked: %s", yesterday, agency, notSettled.getMessage());
            }
        }
    }
}
