package my.gov.platform.payment.trustmarks;

import my.gov.platform.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static my.gov.platform.payment.trustmarks.MilestoneKind.PENETRATION_TEST;
import static my.gov.platform.payment.trustmarks.MilestoneKind.SECURITY_AUDIT;
import static my.gov.platform.payment.trustmarks.MilestoneKind.SELF_ASSESSMENT;
import static my.gov.platform.payment.trustmarks.TrustmarkStatus.ACTIVE;
import static my.gov.platform.payment.trustmarks.TrustmarkStatus.AWAITING_MILESTONES;
import static my.gov.platform.payment.trustmarks.TrustmarkStatus.EXPIRED;
import static my.gov.platform.payment.trustmarks.TrustmarkStatus.PENDING;
import static my.gov.platform.payment.trustmarks.TrustmarkStatus.REVOKED;
import static my.gov.platform.payment.trustmarks.TrustmarkStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustmarkLifecycleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Set<MilestoneKind> CERTIFIED = TrustmarkLifecycle.REQUIRED_MILESTONES;

    @Test
    void onlyAnActiveTrustmarkCanBeSuspended() {
        assertThat(TrustmarkLifecycle.suspend(ACTIVE)).isEqualTo(SUSPENDED);
        for (TrustmarkStatus other : List.of(SUSPENDED, REVOKED, EXPIRED)) {
            assertThatThrownBy(() -> TrustmarkLifecycle.suspend(other)).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void reinstatementNeedsASuspendedTrustmarkStillInsideItsValidity() {
        assertThat(TrustmarkLifecycle.reinstate(SUSPENDED, CERTIFIED, TODAY, TODAY, TODAY)).isEqualTo(ACTIVE);
        assertThatThrownBy(() -> TrustmarkLifecycle.reinstate(SUSPENDED, CERTIFIED, TODAY, TODAY.minusDays(1), TODAY))
                .hasMessageContaining("renew");
        assertThatThrownBy(() -> TrustmarkLifecycle.reinstate(ACTIVE, CERTIFIED, TODAY, TODAY, TODAY)).isInstanceOf(ProblemException.class);
    }

    @Test
    void reinstatementLiftsOnlyTheSuspensionNotAMissingCertification() {
        assertThat(TrustmarkLifecycle.reinstate(SUSPENDED, Set.of(SELF_ASSESSMENT), TODAY, TODAY, TODAY))
                .isEqualTo(AWAITING_MILESTONES);
    }

    @Test
    void aTrustmarkAwaitsItsThreeRequiredMilestonesThenWaitsForItsFirstDay() {
        assertThat(TrustmarkLifecycle.standing(Set.of(), TODAY, TODAY)).isEqualTo(AWAITING_MILESTONES);
        assertThat(TrustmarkLifecycle.standing(EnumSet.of(SELF_ASSESSMENT, PENETRATION_TEST, SECURITY_AUDIT), TODAY, TODAY))
                .isEqualTo(AWAITING_MILESTONES);
        assertThat(TrustmarkLifecycle.standing(CERTIFIED, TODAY.plusDays(1), TODAY)).isEqualTo(PENDING);
        assertThat(TrustmarkLifecycle.standing(CERTIFIED, TODAY, TODAY)).isEqualTo(ACTIVE);
    }

    @Test
    void aMilestoneMovesOnlyATrustmarkAwaitingItsCertification() {
        assertThat(TrustmarkLifecycle.afterMilestone(AWAITING_MILESTONES, CERTIFIED, TODAY.plusDays(1), TODAY)).isEqualTo(PENDING);
        assertThat(TrustmarkLifecycle.afterMilestone(AWAITING_MILESTONES, CERTIFIED, TODAY, TODAY)).isEqualTo(ACTIVE);
        assertThat(TrustmarkLifecycle.afterMilestone(SUSPENDED, CERTIFIED, TODAY, TODAY)).isEqualTo(SUSPENDED);
        assertThat(TrustmarkLifecycle.afterMilestone(REVOKED, CERTIFIED, TODAY, TODAY)).isEqualTo(REVOKED);
    }

    @Test
    void aPendingTrustmarkStartsOnItsValidFromDay() {
        assertThat(TrustmarkLifecycle.hasStarted(PENDING, TODAY, TODAY.minusDays(1))).isFalse();
        assertThat(TrustmarkLifecycle.hasStarted(PENDING, TODAY, TODAY)).isTrue();
        assertThat(TrustmarkLifecycle.hasStarted(AWAITING_MILESTONES, TODAY, TODAY)).isFalse();
    }

    @Test
    void revocationIsFinal() {
        assertThat(TrustmarkLifecycle.revoke(SUSPENDED)).isEqualTo(REVOKED);
        assertThatThrownBy(() -> TrustmarkLifecycle.revoke(REVOKED)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> TrustmarkLifecycle.renew(REVOKED, CERTIFIED, TODAY, TODAY, TODAY.plusYears(1), TODAY))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void renewalExtendsValidityAndRevivesAnExpiredTrustmarkButNotASuspendedOne() {
        LocalDate from = TODAY.minusYears(1);
        assertThat(TrustmarkLifecycle.renew(EXPIRED, CERTIFIED, from, TODAY.minusDays(3), TODAY.plusYears(1), TODAY)).isEqualTo(ACTIVE);
        assertThat(TrustmarkLifecycle.renew(EXPIRED, Set.of(), from, TODAY.minusDays(3), TODAY.plusYears(1), TODAY))
                .isEqualTo(AWAITING_MILESTONES);
        assertThat(TrustmarkLifecycle.renew(SUSPENDED, CERTIFIED, from, TODAY, TODAY.plusYears(1), TODAY)).isEqualTo(SUSPENDED);
        assertThatThrownBy(() -> TrustmarkLifecycle.renew(ACTIVE, CERTIFIED, from, TODAY, TODAY, TODAY)).isInstanceOf(ProblemException.class);
    }

    @Test
    void expiryStartsTheDayAfterValidUntil() {
        assertThat(TrustmarkLifecycle.hasExpired(ACTIVE, TODAY, TODAY)).isFalse();
        assertThat(TrustmarkLifecycle.hasExpired(ACTIVE, TODAY, TODAY.plusDays(1))).isTrue();
        assertThat(TrustmarkLifecycle.hasExpired(SUSPENDED, TODAY, TODAY.plusDays(1))).isTrue();
        assertThat(TrustmarkLifecycle.hasExpired(AWAITING_MILESTONES, TODAY, TODAY.plusDays(1))).isTrue();
        assertThat(TrustmarkLifecycle.hasExpired(REVOKED, TODAY, TODAY.plusDays(1))).isFalse();
    }

    @Test
    void expiryNoticesFallDueAt30And7DaysAndOnlyOnce() {
        LocalDate until = TODAY.plusDays(40);
        assertThat(TrustmarkLifecycle.expiryNoticeDue(ACTIVE, until, TODAY, false, false)).isEmpty();
        assertThat(TrustmarkLifecycle.expiryNoticeDue(ACTIVE, until, until.minusDays(30), false, false)).contains(30);
        assertThat(TrustmarkLifecycle.expiryNoticeDue(ACTIVE, until, until.minusDays(29), true, false)).isEmpty();
        assertThat(TrustmarkLifecycle.expiryNoticeDue(ACTIVE, until, until.minusDays(7), true, false)).contains(7);
        assertThat(TrustmarkLifecycle.expiryNoticeDue(ACTIVE, until, until.minusDays(2), true, true)).isEmpty();
        assertThat(TrustmarkLifecycle.expiryNoticeDue(SUSPENDED, until, until.minusDays(7), true, false)).isEmpty();
    }

    @Test
    void theGatewayCheckNamesWhyATrustmarkCannotTakePayments() {
        Trustmark trustmark = new Trustmark();
        trustmark.status = ACTIVE;
        trustmark.validFrom = TODAY.minusDays(10);
        trustmark.validUntil = TODAY.plusDays(10);
        trustmark.hosts = List.of("bayar.jpj.gov.my");
        assertThat(TrustmarkCheck.refusal(trustmark, "bayar.jpj.gov.my", TODAY)).isEmpty();
        assertThat(TrustmarkCheck.refusal(trustmark, "BAYAR.JPJ.gov.my", TODAY)).isEmpty();
        assertThat(TrustmarkCheck.refusal(trustmark, "evil.example", TODAY)).contains(TrustmarkRefusal.RETURN_HOST_NOT_COVERED);
        assertThat(TrustmarkCheck.refusal(trustmark, "bayar.jpj.gov.my", TODAY.plusDays(11))).contains(TrustmarkRefusal.TRUSTMARK_EXPIRED);
        assertThat(TrustmarkCheck.refusal(trustmark, "bayar.jpj.gov.my", TODAY.minusDays(11))).contains(TrustmarkRefusal.TRUSTMARK_NOT_YET_VALID);
        trustmark.status = AWAITING_MILESTONES;
        assertThat(TrustmarkCheck.refusal(trustmark, "bayar.jpj.gov.my", TODAY)).contains(TrustmarkRefusal.TRUSTMARK_NOT_YET_VALID);
        trustmark.status = PENDING;
        assertThat(TrustmarkCheck.refusal(trustmark, "bayar.jpj.gov.my", TODAY)).contains(TrustmarkRefusal.TRUSTMARK_NOT_YET_VALID);
        trustmark.status = SUSPENDED;
        assertThat(TrustmarkCheck.refusal(trustmark, "bayar.jpj.gov.my", TODAY)).contains(TrustmarkRefusal.TRUSTMARK_SUSPENDED);
        trustmark.status = REVOKED;
        assertThat(TrustmarkCheck.refusal(trustmark, "bayar.jpj.gov.my", TODAY)).contains(TrustmarkRefusal.TRUSTMARK_REVOKED);
    }
}
