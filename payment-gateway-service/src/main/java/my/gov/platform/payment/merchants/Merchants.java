package my.gov.platform.payment.merchants;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.outbound.OutboundPolicy;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.problem.Violation;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.payment.problems.GatewayProblem;
import my.gov.platform.payment.trustmarks.Trustmark;
import my.gov.platform.payment.trustmarks.TrustmarkStatus;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Agency payment applications; every lookup is scoped to the calling agency. */
@ApplicationScoped
public class Merchants {
    private static final String PAYABLE = """
            SELECT m.name, m.return_urls, t.certificate_number, t.status, t.valid_from, t.valid_until, t.hosts
            FROM merchant m JOIN trustmark t ON t.id = m.trustmark_id
            WHERE m.id = ? AND m.agency = ?""";

    private final CallbackSecrets callbackSecrets;
    private final OutboundPolicy outbound;

    Merchants(CallbackSecrets callbackSecrets, OutboundPolicy outbound) {
        this.callbackSecrets = callbackSecrets;
        this.outbound = outbound;
    }

    /** A merchant with its callback secret, as issued: the only time the agency is shown it. */
    public record WithSecret(Merchant merchant, String callbackSecret) {
    }

    @Transactional
    public WithSecret create(String agency, CreateMerchantRequest request) {
        outbound.requireAcceptable("callbackUrl", request.callbackUrl());
        Trustmark trustmark = Trustmark.findById(request.trustmarkId());
        if (trustmark == null || !trustmark.agency.equals(agency)) {
            throw new ProblemException(CommonProblem.UNPROCESSABLE,
                    "Trustmark " + request.trustmarkId() + " does not exist for agency " + agency)
                    .with("trustmarkId", request.trustmarkId());
        }
        List<Violation> outside = MerchantUrls.outside(trustmark, request);
        if (!outside.isEmpty()) {
            throw new ProblemException(GatewayProblem.MERCHANT_URL_NOT_COVERED, outside.size()
                    + " URL(s) on hosts trustmark " + trustmark.certificateNumber + " does not cover", outside)
                    .with("hosts", trustmark.hosts);
        }
        Merchant merchant = new Merchant();
        merchant.id = Ids.newId();
        merchant.agency = agency;
        merchant.name = request.name();
        merchant.trustmarkId = trustmark.id;
        merchant.returnUrls = List.copyOf(request.returnUrls());
        merchant.callbackUrl = request.callbackUrl();
        String callbackSecret = callbackSecrets.issue(merchant);
        merchant.createdAt = Instant.now();
        merchant.persist();
        return new WithSecret(merchant, callbackSecret);
    }

    /** A new callback secret, shown once; the old one stops working at once. */
    @Transactional
    public WithSecret rotateSecret(String agency, UUID id) {
        Merchant merchant = get(agency, id);
        return new WithSecret(merchant, callbackSecrets.issue(merchant));
    }

    public Merchant get(String agency, UUID id) {
        Merchant merchant = Merchant.findById(id);
        if (merchant == null || !merchant.agency.equals(agency)) {
            throw ProblemException.notFound("merchant", id);
        }
        return merchant;
    }

    /**
     * The merchant and the current state of its trustmark, in one round trip; for taking payments.
     * Plain JDBC on the transaction's connection: this runs on every payment creation, and Hibernate's
     * query machinery cost more CPU than the query itself.
     */
    public PayableMerchant payable(String agency, UUID id) {
        PayableMerchant merchant = Merchant.getSession().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(PAYABLE)) {
                query.setObject(1, id);
                query.setString(2, agency);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    return PayableMerchant.of(id, row.getString("name"), texts(row.getArray("return_urls")),
                            row.getString("certificate_number"), TrustmarkStatus.valueOf(row.getString("status")),
                            row.getObject("valid_from", LocalDate.class), row.getObject("valid_until", LocalDate.class),
                            texts(row.getArray("hosts")));
                }
            }
        });
        if (merchant == null) {
            throw ProblemException.notFound("merchant", id);
        }
        return merchant;
    }

    private static List<String> texts(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    public List<Merchant> list(String agency, PageRequest page) {
        UUID after = page.after();
        String query = "agency = :agency" + (after != null ? " and id > :after" : "") + " order by id";
        Parameters parameters = Parameters.with("agency", agency);
        if (after != null) {
            parameters.and("after", after);
        }
        return Merchant.<Merchant>find(query, parameters).page(0, page.limit + 1).list();
    }
}
