package my.gov.platform.identity.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import my.gov.platform.identity.accounts.AccountKind;
import my.gov.platform.identity.securityevents.SecurityEvent;

/**
 * The words on the sign-in, consent, sign-out, account, sign-up and approval pages.
 * Bahasa Melayu in {@code messages/msg_ms.properties}, English in {@code messages/msg_en.properties}.
 */
@MessageBundle(locale = "ms")
public interface PageMessages {
    @Message
    String skip();

    @Message
    String service();

    @Message
    String approvalsTitle();

    @Message
    String approvalsIntro();

    @Message
    String approvalsNone();

    @Message
    String approvalsForbidden();

    @Message
    String approvalsNeedSecondFactor();

    @Message
    String approvalAgencyAdmin();

    @Message
    String approve();

    @Message
    String signinTitle();

    @Message
    String signinIntro();

    @Message
    String loginId();

    @Message
    String loginIdHint();

    @Message
    String password();

    @Message
    String submit();

    @Message
    String forClient();

    @Message
    String badCredentials();

    @Message
    String throttled();

    @Message
    String busy();

    @Message
    String notVerified();

    @Message
    String consentTitle();

    @Message
    String consentIntro();

    @Message
    String allow();

    @Message
    String deny();

    @Message
    String errorTitle();

    @Message
    String errorIntro();

    @Message
    String signedOutTitle();

    @Message
    String signedOutIntro();

    @Message
    String logoutTitle();

    @Message
    String logoutIntro();

    @Message
    String mfaTitle();

    @Message
    String mfaIntro();

    @Message
    String mfaCode();

    @Message
    String accountTitle();

    @Message
    String signOut();

    @Message
    String actions();

    @Message
    String sessionsTitle();

    @Message
    String sessionSince();

    @Message
    String sessionLastSeen();

    @Message
    String sessionLevel();

    @Message
    String thisSession();

    @Message
    String endSession();

    @Message
    String factorsTitle();

    @Message
    String totpEnrolled();

    @Message
    String totpNone();

    @Message
    String passkeysNone();

    @Message
    String removePasskey();

    @Message
    String devicesTitle();

    @Message
    String devicesNone();

    @Message
    String consentsTitle();

    @Message
    String consentsNone();

    @Message
    String withdraw();

    @Message
    String eventsTitle();

    @Message
    String eventsNone();

    @Message
    String event(SecurityEvent.Kind kind);

    @Message
    String signupTitle();

    @Message
    String signupIntro();

    @Message
    String signupKinds();

    @Message
    String kind(AccountKind kind);

    @Message
    String fullName();

    @Message
    String mykadNumber();

    @Message
    String passportNumber();

    @Message
    String nationality();

    @Message
    String nationalityHint();

    @Message
    String companyRegistrationNumber();

    @Message
    String companyRegistrationHint();

    @Message
    String agency();

    @Message
    String agencyHint();

    @Message
    String email();

    @Message
    String officialEmailHint();

    @Message
    String phone();

    @Message
    String phoneHint();

    @Message
    String passwordHint();

    @Message
    String signupSubmit();

    @Message
    String signupErrors();

    @Message
    String verifyTitle();

    @Message
    String verifyIntro();

    @Message
    String channel();

    @Message
    String channelEmail();

    @Message
    String channelSms();

    @Message
    String verifySubmit();

    @Message
    String verifyFailed();

    @Message
    String verifiedTitle();

    @Message
    String verifiedActive();

    @Message
    String verifiedPending();

    @Message
    String formExpired();

    @Message
    String signupLink();

    @Message
    String mfaFailed();

    @Message
    String mfaThrottled(String wait);

    @Message
    String waitSeconds(long count);

    @Message
    String waitMinutes(long count);

    @Message
    String passkeyIntro();

    @Message
    String passkeyButton();

    @Message
    String passkeyNoScript();

    @Message
    String passkeyFailed();

    @Message
    String verify();

    @Message
    String deviceTitle();

    @Message
    String deviceIntro();

    @Message
    String deviceChallengeId();

    @Message
    String continueButton();

    @Message
    String devicePending();

    /** What a client asks to see, by scope; a scope without its own words is named as it is. */
    @Message
    String scope(String scope);
}
