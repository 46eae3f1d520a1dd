package my.gov.platform.exchange.exchange;

import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.agreements.Agreement;
import my.gov.platform.exchange.agreements.AgreementStatus;
import my.gov.platform.exchange.agreements.PurposeCode;
import my.gov.platform.exchange.classification.Classification;
import my.gov.platform.exchange.classification.ClassificationPolicy;
import my.gov.platform.exchange.problems.ExchangeProblem;
import my.gov.platform.exchange.products.DataProduct;
import my.gov.platform.exchange.products.ProductField;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The broker's rules for one query, without I/O: which fields may be released to this consumer
 * under this agreement (or none) for this purpose today, and which of them need the citizen's consent.
 */
public final class ExchangeDecision {
    private ExchangeDecision() {
    }

    /** The fields to release and those among them that need consent. */
    public record Release(List<String> fields, List<String> consentFields) {
    }

    /**
     * @param requested the fields asked for; empty means "everything I may have"
     * @throws ProblemException with the refusal's own problem type
     */
    public static Release decide(DataProduct product, Optional<Agreement> agreement, PurposeCode purpose,
                                 List<String> requested, LocalDate today) {
        ClassificationPolicy.refuseProduct(product.classification).ifPresent(reason -> {
            throw new ProblemException(ExchangeProblem.CLASSIFIED_DATA, reason).with("productCode", product.code);
        });
        for (String name : requested) {
            if (product.field(name).isEmpty()) {
                throw ProblemException.invalid("fields", name + " is not a field of " + product.code);
            }
        }
        Optional<Classification> allowed = agreement.map(a -> a.maxClassification);
        agreement.ifPresent(a -> checkAgreement(a, purpose, today));
        List<String> wanted = !requested.isEmpty() ? requested.stream().distinct().toList()
                : agreement.map(a -> a.fields).orElseGet(() -> product.fields.stream()
                        .filter(f -> f.classification() == Classification.OPEN).map(ProductField::name).toList());
        for (String name : wanted) {
            ProductField field = product.field(name).orElseThrow();
            if (field.classification().neverShared()) {
                throw new ProblemException(ExchangeProblem.CLASSIFIED_DATA, "Field " + name + " is classified "
                        + field.classification().malayName()).with("field", name);
            }
            if (agreement.isEmpty() && !ClassificationPolicy.mayRelease(field.classification(), allowed)) {
                throw new ProblemException(ExchangeProblem.AGREEMENT_REQUIRED, "Field " + name + " is classified "
                        + field.classification().malayName() + " and needs an approved agreement").with("field", name);
            }
            if (agreement.isPresent() && (!agreement.get().fields.contains(name)
                    || !ClassificationPolicy.mayRelease(field.classification(), allowed))) {
                throw new ProblemException(ExchangeProblem.FIELD_NOT_AGREED, "Field " + name
                        + " is not released under this agreement").with("field", name);
            }
        }
        List<String> consent = wanted.stream().filter(name -> product.field(name).orElseThrow().consentRequired()).toList();
        return new Release(wanted, consent);
    }

    private static void checkAgreement(Agreement a, PurposeCode purpose, LocalDate today) {
        if (a.status == AgreementStatus.REVOKED) {
            throw new ProblemException(ExchangeProblem.AGREEMENT_REVOKED, "Agreement " + a.id + " was revoked by " + a.providerAgency);
        }
        if (a.status != AgreementStatus.APPROVED) {
            throw new ProblemException(ExchangeProblem.AGREEMENT_NOT_APPROVED, "Agreement " + a.id + " is " + a.status);
        }
        if (today.isBefore(a.validFrom) || today.isAfter(a.validUntil)) {
            throw new ProblemException(ExchangeProblem.AGREEMENT_EXPIRED, "Agreement " + a.id + " is valid from "
                    + a.validFrom + " to " + a.validUntil);
        }
        if (a.purposeCode != purpose) {
            throw new ProblemException(ExchangeProblem.PURPOSE_MISMATCH, "Agreement " + a.id + " was approved for "
                    + a.purposeCode + ", not " + purpose);
        }
    }
}
