package my.gov.platform.identity.accounts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import my.gov.platform.commons.events.Outbox;
import my.gov.platform.commons.problem.ProblemException;
import my.gov.platform.commons.web.Ids;
import my.gov.platform.identity.agencies.AgencyDirectory;
import my.gov.platform.identity.config.IdentityConfig;
import my.gov.platform.identity.security.AdminCaller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Registration, verification and deactivation of people's accounts. */
@ApplicationScoped
public class AccountService {
    public static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    private final Outbox outbox;
    private final VerificationCodes codes;
    private final AccountRules rules;
    private final Event<AccountDeactivated> deactivations;
    private final PasswordWork passwords;

    private final Event<CivilServantSignedUp> civilServantSignUps;

    AccountService(Outbox outbox, VerificationCodes codes, IdentityConfig config, AgencyDirectory agencies,
                   Event<AccountDeactivated> deactivations, Event<CivilServantSignedUp> civilServantSignUps,
                   PasswordWork passwords) {
        this.outbox = outbox;
        this.passwords = passwords;
        this.codes = codes;
        this.rules = new AccountRules(config.officialEmailDomains(), agencies::emailDomainsOf);
        this.deactivations = deactivations;
        this.civilServantSignUps = civilServantSignUps;
    }

    /**
     * Registers and sends verification codes. An identifier or e-mail already registered gets the
     * same receipt (after the same hashing work) and no new account.
     */
    @Transactional
    public RegistrationReceipt register(RegisterAccountRequest request) {
        String loginId = rules.loginIdFor(request, LocalDate.now(MALAYSIA));
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        PasswordPolicy.check(request.password(), loginId, email, request.mykadNumber()).ifPresent(reason -> {
            throw new ProblemException(AccountProblem.WEAK_PASSWORD, "password " + reason).with("field", "password");
        });
        String passwordHash = passwords.hash(request.password());
        RegistrationReceipt receipt = new RegistrationReceipt("VERIFICATION_SENT", Masking.email(email),
                request.phone() == null ? null : Masking.phone(request.phone()));
        if (Account.count("loginId = ?1 or email = ?2", loginId, email) > 0) {
            return receipt;
        }
        // A civil servant's agency is only a claim until the agency's head of department approves it.
        Account account = create(request.withoutAgency(), loginId, email, passwordHash, AccountRules.initialRoles(request.kind()));
        if (request.kind() == AccountKind.CIVIL_SERVANT) {
            civilServantSignUps.fire(new CivilServantSignedUp(account.id, request.agency()));
        }
        codes.issue(account, VerificationChannel.EMAIL);
        if (account.phone != null) {
            codes.issue(account, VerificationChannel.PHONE);
        }
        return receipt;
    }

    /** Creates an account (also used for demo people, who are created already verified). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account create(RegisterAccountRequest request, String loginId, String email, String passwordHash, List<String> roles) {
        Account account = new Account();
        account.id = Ids.newId();
        account.kind = request.kind();
        account.loginId = loginId;
        account.fullName = request.fullName().trim();
        account.email = email;
        account.phone = request.phone();
        account.mykadNumber = request.kind() == AccountKind.CITIZEN ? loginId : null;
        account.passportNumber = request.passportNumber();
        account.nationality = request.nationality();
        account.companyRegistrationNumber = request.companyRegistrationNumber();
        account.agency = request.agency();
        account.roles = new ArrayList<>(roles);
        account.passwordHash = passwordHash;
        account.status = AccountStatus.PENDING_VERIFICATION;
        account.createdAt = Instant.now();
        account.persist();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accountId", account.id);
        data.put("kind", account.kind.name());
        data.put("roles", account.roles);
        if (account.agency != null) {
            data.put("agency", account.agency);
        }
        outbox.publish("my.gov.user.registered", account.id, account.agency, data);
        return account;
    }

    /** Checks a code; a wrong code still counts as an attempt, so the failure is committed before answering. */
    public AccountStatus verify(VerifyAccountRequest request) {
        Optional<AccountStatus> status = QuarkusTransaction.requiringNew().call(() -> tryVerify(request));
        return status.orElseThrow(() -> new ProblemException(AccountProblem.INVALID_VERIFICATION_CODE,
                "The code does not match an open " + request.channel().name().toLowerCase(Locale.ROOT) + " verification"));
    }

    private Optional<AccountStatus> tryVerify(VerifyAccountRequest request) {
        Optional<Account> found = Account.byLoginId(LoginIds.normalise(request.loginId()))
                .filter(a -> a.status != AccountStatus.DEACTIVATED);
        if (found.isEmpty() || !codes.consume(found.get(), request.channel(), request.code())) {
            return Optional.empty();
        }
        Account account = found.get();
        if (request.channel() == VerificationChannel.EMAIL) {
            account.emailVerified = true;
            if (account.status == AccountStatus.PENDING_VERIFICATION) {
                account.status = AccountStatus.ACTIVE;
            }
        } else {
            account.phoneVerified = true;
        }
        outbox.publish("my.gov.user.verified", account.id, account.agency, Map.of(
                "accountId", account.id, "channel", request.channel().name(), "status", account.status.name()));
        return Optional.of(account.status);
    }

    public AccountView get(UUID id, AdminCaller caller) {
        return AccountView.of(visible(id, caller));
    }

    /**
     * Deactivates a leaver or transferee and announces it: sessions and refresh tokens end in the same
     * transaction, and access tokens already issued stop being active (the verifier checks the account).
     */
    @Transactional
    public AccountView deactivate(UUID id, AdminCaller caller) {
        return AccountView.of(deactivate(visible(id, caller), caller.subject()));
    }

    /** Deactivates an account the caller has been found entitled to deactivate; see {@link #deactivate(UUID, AdminCaller)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account deactivate(Account account, String deactivatedBy) {
        if (account.status == AccountStatus.DEACTIVATED) {
            throw ProblemException.conflict("Account " + account.id + " is already deactivated");
        }
        account.status = AccountStatus.DEACTIVATED;
        account.deactivatedAt = Instant.now();
        deactivations.fire(new AccountDeactivated(account.id));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accountId", account.id);
        data.put("kind", account.kind.name());
        if (account.agency != null) {
            data.put("agency", account.agency);
        }
        data.put("deactivatedAt", account.deactivatedAt.toString());
        data.put("deactivatedBy", deactivatedBy);
        outbox.publish("my.gov.user.deactivated", account.id, account.agency, data);
        return account;
    }

    /** Platform admins see every account; agency admins only their agency's; anything else is not found. */
    private static Account visible(UUID id, AdminCaller caller) {
        Account account = Account.findById(id);
        boolean allowed = account != null && (caller.isPlatformAdmin()
                || caller.administeredAgency().filter(agency -> agency.equals(account.agency)).isPresent());
        if (!allowed) {
            throw ProblemException.notFound("account", id);
        }
        return account;
    }
}
