package my.gov.platform.payment.payments;

import io.quarkus.panache.common.Parameters;

import java.util.UUID;

/** Who may see which payments (an agency, or a payer) and the caller's optional filters. */
public record PaymentFilter(String agency, String payerSubject, PaymentStatus status, UUID merchantId,
                            String billReference, String serviceId) {

    public static PaymentFilter ofAgency(String agency, PaymentStatus status, UUID merchantId, String billReference,
                                        String serviceId) {
        return new PaymentFilter(agency, null, status, merchantId, billReference, serviceId);
    }

    public static PaymentFilter ofPayer(String subject, PaymentStatus status) {
        return new PaymentFilter(null, subject, status, null, null, null);
    }

    void appendTo(StringBuilder query, Parameters parameters) {
        if (agency != null) {
            query.append("agency = :agency");
            parameters.and("agency", agency);
        } else {
            query.append("payerSubject = :payer");
            parameters.and("payer", payerSubject);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (merchantId != null) {
            query.append(" and merchantId = :merchant");
            parameters.and("merchant", merchantId);
        }
        if (billReference != null) {
            query.append(" and billReference = :bill");
            parameters.and("bill", billReference);
        }
        if (serviceId != null) {
            query.append(" and serviceId = :service");
            parameters.and("service", serviceId);
        }
    }
}
