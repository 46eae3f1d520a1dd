package my.gov.platform.identity.civilservants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.paging.Page;
import my.gov.platform.commons.paging.PageRequest;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.identity.accounts.Account;
import my.gov.platform.identity.accounts.AccountKind;
import my.gov.platform.identity.accounts.AccountService;
import my.gov.platform.identity.accounts.AccountStatus;
import my.gov.platform.identity.accounts.CivilServantSignedUp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Civil servants' standing with their agency. A person acts as a civil servant (the {@code agency} claim
 * and agency roles in tokens) only after that agency's head of department approved them, and stops at
 * once when the agency records that they left the service.
 */
@ApplicationScoped
public class CivilServants {
    private final AccountService accounts;

    CivilServants(AccountService accounts) {
        this.accounts = accounts;
    }

    void signedUp(@Observes CivilServantSignedUp signUp) {
        CivilServant civilServant = new CivilServant();
        civilServant.accountId = signUp.accountId();
        civilServant.agencyCode = signUp.agencyCode();
        civilServant.status = CivilServantStatus.PENDING_APPROVAL;
        civilServant.requestedAt = Instant.now();
        civilServant.persist();
    }

    /** Requests waiting for the caller's approval, oldest first: their own agency's, or every agency's for a platform administrator. */
    @Transactional
    public Page<CivilServantView> pending(PageRequest page, Decider decider) {
        UUID after = page.after() == null ? new UUID(0L, 0L) : page.after();
        List<CivilServant> rows = decider.platformAdmin()
                ? CivilServant.<CivilServant>find("accountId > ?1 and status = ?2 order by accountId", after,
                        CivilServantStatus.PENDING_APPROVAL).range(0, page.limit).list()
                : CivilServant.<CivilServant>find("accountId > ?1 and status = ?2 and agencyCode = ?3 order by accountId", after,
                        CivilServantStatus.PENDING_APPROVAL, decider.headedAgency().orElse("")).range(0, page.limit).list();
        return Page.of(rows, page.limit, c -> CivilServantView.of(c, Account.findById(c.accountId)),
                c -> PageRequest.cursorOf(c.accountId));
    }

    /** The head of department approves: from now on the person's tokens carry the agency and the roles granted. */
    @Transactional
    public CivilServantView approve(UUID accountId, ApprovalRequest approval, Decider decider) {
        CivilServant civilServant = CivilServant.findById(accountId);
        if (civilServant == null || !decider.mayApprove(civilServant.agencyCode)) {
            throw ProblemException.notFound("civil servant", accountId);
        }
        if (civilServant.status != CivilServantStatus.PENDING_APPROVAL) {
            throw ProblemException.conflict("Civil servant " + accountId + " is " + civilServant.status + ", not waiting for approval");
        }
        Account account = Account.findById(accountId);
        if (account.status != AccountStatus.ACTIVE) {
            throw ProblemException.conflict("Civil servant " + accountId + " has not verified their e-mail address");
        }
        civilServant.status = CivilServantStatus.APPROVED;
        civilServant.decidedBy = decider.subject();
        civilServant.approvedAt = Instant.now();
        account.agency = civilServant.agencyCode;
        account.roles = new ArrayList<>(approval.roles().stream().distinct().toList());
        return CivilServantView.of(civilServant, account);
    }

    /**
     * HR records that the person left the service (retired, resigned, transferred): the account is deactivated
     * at once, which ends their sessions and tokens and tells the other services ({@code my.gov.user.deactivated}).
     */
    @Transactional
    public CivilServantView recordDeparture(UUID accountId, Decider decider) {
        Account account = Account.findById(accountId);
        CivilServant civilServant = account == null || account.kind != AccountKind.CIVIL_SERVANT ? null
                : CivilServant.<CivilServant>findByIdOptional(accountId).orElseGet(() -> approvedBeforeThisRecord(account));
        if (civilServant == null || civilServant.agencyCode == null
                || !decider.mayRecordDeparture(civilServant.agencyCode)) {
            throw ProblemException.notFound("civil servant", accountId);
        }
        if (civilServant.status == CivilServantStatus.LEFT) {
            throw ProblemException.conflict("Civil servant " + accountId + " has already left the service");
        }
        civilServant.status = CivilServantStatus.LEFT;
        civilServant.leftAt = Instant.now();
        civilServant.leftBy = decider.subject();
        civilServant.persist();
        accounts.deactivate(account, decider.subject());
        return CivilServantView.of(civilServant, account);
    }

    /** Records a civil servant whose account was created already acting for its agency (demo data). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordApproved(Account account, String approvedBy) {
        CivilServant civilServant = approvedBeforeThisRecord(account);
        civilServant.decidedBy = approvedBy;
        civilServant.approvedAt = civilServant.requestedAt;
        civilServant.persist();
    }

    /** Accounts created acting for an agency (demo data, older accounts) have no row yet; they count as approved. */
    private static CivilServant approvedBeforeThisRecord(Account account) {
        CivilServant civilServant = new CivilServant();
        civilServant.accountId = account.id;
        civilServant.agencyCode = account.agency;
        civilServant.status = CivilServantStatus.APPROVED;
        civilServant.requestedAt = account.createdAt;
        return civilServant;
    }
}
