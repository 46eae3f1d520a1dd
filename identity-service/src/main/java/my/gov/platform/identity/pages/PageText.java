package my.gov.platform.identity.pages;

import java.util.Map;

/** The words on the sign-in, consent and sign-out pages in both languages. */
public final class PageText {
    private static final Map<String, String> MS = Map.ofEntries(
            Map.entry("skip", "Langkau ke kandungan utama"),
            Map.entry("service", "MyGov ID"),
            Map.entry("signinTitle", "Log masuk"),
            Map.entry("signinIntro", "Log masuk sekali untuk semua perkhidmatan kerajaan."),
            Map.entry("loginId", "No. MyKad atau e-mel"),
            Map.entry("loginIdHint", "Contoh: 850101-14-5011"),
            Map.entry("password", "Kata laluan"),
            Map.entry("submit", "Log masuk"),
            Map.entry("forClient", "untuk"),
            Map.entry("BAD_CREDENTIALS", "No. MyKad/e-mel atau kata laluan salah."),
            Map.entry("THROTTLED", "Terlalu banyak percubaan. Cuba lagi sebentar lagi."),
            Map.entry("NOT_VERIFIED", "Sahkan alamat e-mel anda dahulu."),
            Map.entry("consentTitle", "Benarkan akses"),
            Map.entry("consentIntro", "mahu mengakses maklumat berikut tentang anda:"),
            Map.entry("allow", "Benarkan"),
            Map.entry("deny", "Tolak"),
            Map.entry("errorTitle", "Permintaan tidak sah"),
            Map.entry("errorIntro", "Permintaan log masuk ini tidak boleh diteruskan. Kembali ke laman perkhidmatan dan cuba semula."),
            Map.entry("signedOutTitle", "Anda telah log keluar"),
            Map.entry("signedOutIntro", "Sesi MyGov ID anda telah ditamatkan."),
            Map.entry("scope.openid", "Pengecam anda"),
            Map.entry("scope.profile", "Nama penuh"),
            Map.entry("scope.email", "Alamat e-mel"),
            Map.entry("scope.phone", "Nombor telefon"),
            Map.entry("scope.mykad", "Nombor MyKad"),
            Map.entry("scope.other", "Akses perkhidmatan"),
            Map.entry("mfaTitle", "Pengesahan langkah kedua"),
            Map.entry("mfaIntro", "Masukkan kod 6 digit daripada aplikasi pengesah anda, atau kod pemulihan."),
            Map.entry("mfaCode", "Kod"),
            Map.entry("MFA_FAILED", "Kod tidak sah. Cuba lagi."),
            Map.entry("verify", "Sahkan"),
            Map.entry("deviceTitle", "Luluskan pada peranti anda"),
            Map.entry("deviceIntro", "Buka aplikasi pada telefon anda dan luluskan log masuk ini. Pastikan kod sepadan:"),
            Map.entry("deviceChallengeId", "ID cabaran"),
            Map.entry("continue", "Teruskan"),
            Map.entry("DEVICE_PENDING", "Log masuk belum diluluskan pada peranti anda."));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("skip", "Skip to main content"),
            Map.entry("service", "MyGov ID"),
            Map.entry("signinTitle", "Sign in"),
            Map.entry("signinIntro", "Sign in once for every government service."),
            Map.entry("loginId", "MyKad number or e-mail"),
            Map.entry("loginIdHint", "For example: 850101-14-5011"),
            Map.entry("password", "Password"),
            Map.entry("submit", "Sign in"),
            Map.entry("forClient", "to"),
            Map.entry("BAD_CREDENTIALS", "Wrong MyKad number/e-mail or password."),
            Map.entry("THROTTLED", "Too many attempts. Try again in a little while."),
            Map.entry("NOT_VERIFIED", "Verify your e-mail address first."),
            Map.entry("consentTitle", "Allow access"),
            Map.entry("consentIntro", "wants to access the following about you:"),
            Map.entry("allow", "Allow"),
            Map.entry("deny", "Deny"),
            Map.entry("errorTitle", "Invalid request"),
            Map.entry("errorIntro", "This sign-in request cannot continue. Go back to the service and try again."),
            Map.entry("signedOutTitle", "You have signed out"),
            Map.entry("signedOutIntro", "Your MyGov ID session has ended."),
            Map.entry("scope.openid", "Your identifier"),
            Map.entry("scope.profile", "Full name"),
            Map.entry("scope.email", "E-mail address"),
            Map.entry("scope.phone", "Phone number"),
            Map.entry("scope.mykad", "MyKad number"),
            Map.entry("scope.other", "Service access"),
            Map.entry("mfaTitle", "Second step"),
            Map.entry("mfaIntro", "Enter the 6-digit code from your authenticator app, or a recovery code."),
            Map.entry("mfaCode", "Code"),
            Map.entry("MFA_FAILED", "The code is not valid. Try again."),
            Map.entry("verify", "Verify"),
            Map.entry("deviceTitle", "Approve on your device"),
            Map.entry("deviceIntro", "Open the app on your phone and approve this sign-in. Check that the code matches:"),
            Map.entry("deviceChallengeId", "Challenge id"),
            Map.entry("continue", "Continue"),
            Map.entry("DEVICE_PENDING", "The sign-in has not been approved on your device yet."));

    private PageText() {
    }

    public static Map<String, String> of(PageLanguage language) {
        return language == PageLanguage.EN ? EN : MS;
    }

    public static String scope(PageLanguage language, String scope) {
        Map<String, String> text = of(language);
        return text.getOrDefault("scope." + scope, text.get("scope.other") + ": " + scope);
    }
}
