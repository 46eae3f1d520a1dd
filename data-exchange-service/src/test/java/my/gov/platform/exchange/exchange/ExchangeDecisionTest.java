package my.gov.platform.exchange.exchange;

import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.exchange.agreements.Agreement;
import my.gov.platform.exchange.agreements.AgreementStatus;
import my.gov.platform.exchange.agreements.PurposeCode;
import my.gov.platform.exchange.classification.Classification;
import my.gov.platform.exchange.problems.ExchangeProblem;
import my.gov.platform.exchange.products.DataProduct;
import my.gov.platform.exchange.products.ProductField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExchangeDecisionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static DataProduct population(Classification level) {
        DataProduct product = new DataProduct();
        product.id = UUID.randomUUID();
        product.code = "POPULATION";
        product.classification = level;
        product.fields = List.of(
                new ProductField("mykadNumber", "string", null, Classification.SULIT, false, null),
                new ProductField("fullName", "string", null, Classification.TERHAD, false, null),
                new ProductField("address", "string", null, Classification.SULIT, true, null),
                new ProductField("citizenship", "string", null, Classification.OPEN, false, null));
        return product;
    }

    private static Agreement agreement(AgreementStatus status, Classification max, String... fields) {
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.status = status;
        agreement.fields = List.of(fields);
        agreement.maxClassification = max;
        agreement.purposeCode = PurposeCode.LICENSING;
        agreement.validFrom = LocalDate.of(2026, 1, 1);
        agreement.validUntil = LocalDate.of(2026, 12, 31);
        agreement.providerAgency = "JPN";
        return agreement;
    }

    private static ExchangeProblem refusal(Runnable decision) {
        try {
            decision.run();
        } catch (ProblemException problem) {
            return (ExchangeProblem) problem.kind();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void releasesTheAgreedFieldsAndNamesThoseNeedingConsent() {
        var release = ExchangeDecision.decide(population(Classification.SULIT),
                Optional.of(agreement(AgreementStatus.APPROVED, Classification.SULIT, "fullName", "address")),
                PurposeCode.LICENSING, List.of(), TODAY);
        assertThat(release.fields()).containsExactly("fullName", "address");
        assertThat(release.consentFields()).containsExactly("address");
    }

    @Test
    void withoutAnAgreementOnlyOpenFieldsPass() {
        var release = ExchangeDecision.decide(population(Classification.SULIT), Optional.empty(), PurposeCode.LICENSING,
                List.of(), TODAY);
        assertThat(release.fields()).containsExactly("citizenship");
        assertThat(refusal(() -> ExchangeDecision.decide(population(Classification.SULIT), Optional.empty(),
                PurposeCode.LICENSING, List.of("fullName"), TODAY))).isEqualTo(ExchangeProblem.AGREEMENT_REQUIRED);
    }

    @Test
    void eachAgreementFailureHasItsOwnReason() {
        DataProduct product = population(Classification.SULIT);
        assertThat(refusal(() -> ExchangeDecision.decide(product,
                Optional.of(agreement(AgreementStatus.REVOKED, Classification.TERHAD, "fullName")), PurposeCode.LICENSING,
                List.of(), TODAY))).isEqualTo(ExchangeProblem.AGREEMENT_REVOKED);
        assertThat(refusal(() -> ExchangeDecision.decide(product,
                Optional.of(agreement(AgreementStatus.REQUESTED, Classification.TERHAD, "fullName")), PurposeCode.LICENSING,
                List.of(), TODAY))).isEqualTo(ExchangeProblem.AGREEMENT_NOT_APPROVED);
        assertThat(refusal(() -> ExchangeDecision.decide(product,
                Optional.of(agreement(AgreementStatus.APPROVED, Classification.TERHAD, "fullName")), PurposeCode.LICENSING,
                List.of(), LocalDate.of(2027, 1, 1)))).isEqualTo(ExchangeProblem.AGREEMENT_EXPIRED);
        assertThat(refusal(() -> ExchangeDecision.decide(product,
                Optional.of(agreement(AgreementStatus.APPROVED, Classification.TERHAD, "fullName")), PurposeCode.LAW_ENFORCEMENT,
                List.of(), TODAY))).isEqualTo(ExchangeProblem.PURPOSE_MISMATCH);
        assertThat(refusal(() -> ExchangeDecision.decide(product,
                Optional.of(agreement(AgreementStatus.APPROVED, Classification.TERHAD, "fullName")), PurposeCode.LICENSING,
                List.of("address"), TODAY))).isEqualTo(ExchangeProblem.FIELD_NOT_AGREED);
    }

    @Test
    void aFieldIsNeverReleasedAboveTheAgreedLevel() {
        assertThat(refusal(() -> ExchangeDecision.decide(population(Classification.SULIT),
                Optional.of(agreement(AgreementStatus.APPROVED, Classification.TERHAD, "fullName", "address")),
                PurposeCode.LICENSING, List.of(), TODAY))).isEqualTo(ExchangeProblem.FIELD_NOT_AGREED);
    }

    @Test
    void rahsiaProductsAreRefusedWhateverTheAgreement() {
        assertThatThrownBy(() -> ExchangeDecision.decide(population(Classification.RAHSIA),
                Optional.of(agreement(AgreementStatus.APPROVED, Classification.SULIT, "fullName")), PurposeCode.LICENSING,
                List.of(), TODAY))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).kind()).isEqualTo(ExchangeProblem.CLASSIFIED_DATA));
    }
}
