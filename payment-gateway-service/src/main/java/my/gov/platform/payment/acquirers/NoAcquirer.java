package my.gov.platform.payment.acquirers;

import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.payment.payments.Acquirer;
import my.gov.platform.payment.payments.PaymentMethod;
import my.gov.platform.payment.problems.GatewayProblem;

import java.time.LocalDate;
import java.util.List;

/** Where no acquirer is configured: no banks, every authorisation refused, an empty settlement file. */
final class NoAcquirer implements Acquirer {
    @Override
    public String code() {
        return "NONE";
    }

    @Override
    public List<Bank> banks(PaymentMethod method) {
        return List.of();
    }

    @Override
    public Authorization authorize(AuthorizationRequest request) {
        throw new ProblemException(GatewayProblem.NO_ACQUIRER, "No acquirer takes " + request.method() + " payments here");
    }

    @Override
    public Notification verify(String body, String signature) {
        throw new ProblemException(GatewayProblem.ACQUIRER_SIGNATURE_INVALID, "No acquirer sends notifications here");
    }

    @Override
    public String settlementFile(String agency, LocalDate day) {
        return SETTLEMENT_FILE_HEADER;
    }
}
