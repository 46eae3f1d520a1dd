package my.gov.platform.payment.merchants;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.CommonProblem;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.payment.trustmarks.Trustmark;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Agency payment applications; every lookup is scoped to the calling agency. */
@ApplicationScoped
public class Merchants {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Transactional
    public Merchant create(String agency, CreateMerchantRequest request) {
        Trustmark trustmark = Trustmark.findById(request.trustmarkId());
        if (trustmark == null || !trustmark.agency.equals(agency)) {
            throw new ProblemException(CommonProblem.UNPROCESSABLE,
                    "Trustmark " + request.trustmarkId() + " does not exist for agency " + agency)
                    .with("trustmarkId", request.trustmarkId());
        }
        Merchant merchant = new Merchant();
        merchant.id = Ids.newId();
        merchant.agency = agency;
        merchant.name = request.name();
        merchant.trustmarkId = trustmark.id;
        merchant.returnUrls = List.copyOf(request.returnUrls());
        merchant.callbackUrl = request.callbackUrl();
        merchant.callbackSecret = newSecret();
        merchant.createdAt = Instant.now();
        merchant.persist();
        return merchant;
    }

    /** A new callback secret, shown once; the old one stops working at once. */
    @Transactional
    public Merchant rotateSecret(String agency, UUID id) {
        Merchant merchant = get(agency, id);
        merchant.callbackSecret = newSecret();
        return merchant;
    }

    public Merchant get(String agency, UUID id) {
        Merchant merchant = Merchant.findById(id);
        if (merchant == null || !merchant.agency.equals(agency)) {
            throw ProblemException.notFound("merchant", id);
        }
        return merchant;
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

    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
