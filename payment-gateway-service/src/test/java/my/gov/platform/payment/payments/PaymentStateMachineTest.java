package my.gov.platform.payment.payments;

import my.gov.platform.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static my.gov.platform.payment.payments.PaymentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentStateMachineTest {
    @Test
    void theHappyPathIsAllowed() {
        assertThat(PaymentStateMachine.move(CREATED, PENDING)).isEqualTo(PENDING);
        assertThat(PaymentStateMachine.move(PENDING, SUCCEEDED)).isEqualTo(SUCCEEDED);
        assertThat(PaymentStateMachine.afterRefund(SUCCEEDED, 1000, 400)).isEqualTo(PARTIALLY_REFUNDED);
        assertThat(PaymentStateMachine.afterRefund(PARTIALLY_REFUNDED, 1000, 1000)).isEqualTo(REFUNDED);
    }

    @Test
    void finalStatesCannotBeLeftExceptByRefundOrALateApproval() {
        for (PaymentStatus to : PaymentStatus.values()) {
            assertThat(PaymentStateMachine.allows(FAILED, to)).isFalse();
            assertThat(PaymentStateMachine.allows(CANCELLED, to)).isFalse();
            assertThat(PaymentStateMachine.allows(REFUNDED, to)).isFalse();
        }
        assertThat(PaymentStateMachine.allows(EXPIRED, SUCCEEDED)).isTrue();
        assertThat(PaymentStateMachine.allows(EXPIRED, FAILED)).isFalse();
        assertThat(PaymentStateMachine.allows(SUCCEEDED, FAILED)).isFalse();
    }

    @Test
    void skippingTheBankIsRefusedWithItsOwnProblem() {
        assertThatThrownBy(() -> PaymentStateMachine.move(CREATED, SUCCEEDED))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).kind().slug()).isEqualTo("illegal-payment-transition"));
        assertThatThrownBy(() -> PaymentStateMachine.afterRefund(FAILED, 1000, 100)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PaymentStateMachine.move(PENDING, CANCELLED)).isInstanceOf(ProblemException.class);
    }

    @Test
    void onlyEndedAttemptsAreFinalAndOnlySuccessesWereCaptured() {
        assertThat(PaymentStateMachine.isFinal(CREATED)).isFalse();
        assertThat(PaymentStateMachine.isFinal(PENDING)).isFalse();
        assertThat(PaymentStateMachine.isFinal(EXPIRED)).isTrue();
        assertThat(PaymentStateMachine.wasCaptured(PARTIALLY_REFUNDED)).isTrue();
        assertThat(PaymentStateMachine.wasCaptured(FAILED)).isFalse();
    }
}
