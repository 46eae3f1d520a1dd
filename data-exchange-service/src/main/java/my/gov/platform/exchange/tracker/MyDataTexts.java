package my.gov.platform.exchange.tracker;

import java.util.Map;

import my.gov.platform.commons.web.PageLanguage;

/** The tracker page's texts in each language. */
final class MyDataTexts {
    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "ms", Map.ofEntries(
                    Map.entry("title", "Data saya"),
                    Map.entry("service", "MyGDX · Penjejak data rakyat"),
                    Map.entry("skip", "Langkau ke kandungan utama"),
                    Map.entry("intro", "Agensi mana telah membaca data anda, bila, dan untuk tujuan apa. Anda boleh menarik balik persetujuan pada bila-bila masa."),
                    Map.entry("accessHeading", "Siapa membaca data saya"),
                    Map.entry("noAccess", "Tiada agensi telah membaca data anda melalui MyGDX."),
                    Map.entry("when", "Bila"), Map.entry("agency", "Agensi"), Map.entry("data", "Data"),
                    Map.entry("fields", "Medan"), Map.entry("purpose", "Tujuan"),
                    Map.entry("consentHeading", "Persetujuan saya"),
                    Map.entry("noConsent", "Anda belum memberi sebarang persetujuan."),
                    Map.entry("expires", "Tamat"), Map.entry("status", "Status"), Map.entry("action", "Tindakan"),
                    Map.entry("revoke", "Tarik balik"), Map.entry("GRANTED", "Diberi"), Map.entry("REVOKED", "Ditarik balik"),
                    Map.entry("other", "English"), Map.entry("otherLang", "en")),
            "en", Map.ofEntries(
                    Map.entry("title", "My data"),
                    Map.entry("service", "MyGDX · Citizen data tracker"),
                    Map.entry("skip", "Skip to main content"),
                    Map.entry("intro", "Which agency read your data, when, and for what purpose. You may withdraw a consent at any time."),
                    Map.entry("accessHeading", "Who read my data"),
                    Map.entry("noAccess", "No agency has read your data through MyGDX."),
                    Map.entry("when", "When"), Map.entry("agency", "Agency"), Map.entry("data", "Data"),
                    Map.entry("fields", "Fields"), Map.entry("purpose", "Purpose"),
                    Map.entry("consentHeading", "My consents"),
                    Map.entry("noConsent", "You have not given any consent."),
                    Map.entry("expires", "Expires"), Map.entry("status", "Status"), Map.entry("action", "Action"),
                    Map.entry("revoke", "Withdraw"), Map.entry("GRANTED", "Given"), Map.entry("REVOKED", "Withdrawn"),
                    Map.entry("other", "Bahasa Melayu"), Map.entry("otherLang", "ms")));

    private MyDataTexts() {
    }

    static Map<String, String> of(PageLanguage language) {
        return TEXT.get(language.code());
    }
}
