package my.gov.platform.catalogue.pages;

import java.util.HashMap;
import java.util.Map;

/** Interface text of the pages in Bahasa Melayu and English. */
public final class Texts {
    private static final Map<String, String[]> TEXTS = new HashMap<>();

    static {
        put("siteName", "Katalog Perkhidmatan Kerajaan", "Government Service Catalogue");
        put("skip", "Langkau ke kandungan utama", "Skip to main content");
        put("navHome", "Utama", "Home");
        put("navKpi", "Papan Pemuka KPI", "KPI Dashboard");
        put("navPortal", "Portal API", "API Portal");
        put("switchTo", "English", "Bahasa Melayu");
        put("searchLabel", "Cari perkhidmatan (Carian Bestari)", "Search services (Carian Bestari)");
        put("searchHint", "Contoh: lesen memandu, daftar perniagaan, passport", "For example: driving licence, register a business, pasport");
        put("searchButton", "Cari", "Search");
        put("sector", "Sektor", "Sector");
        put("group", "Kumpulan sasaran", "Target group");
        put("status", "Status E2E", "E2E status");
        put("any", "Semua", "Any");
        put("results", "keputusan", "results");
        put("noResults", "Tiada perkhidmatan ditemui. Cuba perkataan lain.", "No services found. Try other words.");
        put("lifeEvents", "Peristiwa kehidupan", "Life events");
        put("personas", "Persona", "Personas");
        put("services", "perkhidmatan", "services");
        put("agency", "Agensi", "Agency");
        put("fee", "Fi", "Fee");
        put("channels", "Saluran", "Channels");
        put("steps", "Langkah", "Steps");
        put("process", "Proses", "Process");
        put("channel", "Saluran", "Channel");
        put("mode", "Cara", "Mode");
        put("asksFor", "Maklumat diminta", "Data asked for");
        put("why", "Sebab", "Why");
        put("onceOnly", "Prinsip Sekali Sahaja", "Once-only principle");
        put("onceOnlyBreach", "Maklumat ini sudah ada dalam produk data", "This data is already held by the data product");
        put("onceOnlyOk", "Tiada langkah meminta maklumat yang sudah ada dalam registri.", "No step asks for data a registry already holds.");
        put("adoption", "Penggunaan", "Adoption");
        put("payments", "Bayaran diterima", "Payments taken");
        put("signIns", "Log masuk melalui SSO", "Sign-ins through SSO");
        put("ratings", "Suara Rakyat", "Citizens' voice");
        put("average", "Purata", "Average");
        put("noRatings", "Belum ada penilaian.", "No ratings yet.");
        put("uses", "Menggunakan", "Uses");
        put("kpiTitle", "Kadar perkhidmatan E2E", "E2E service rate");
        put("overall", "Keseluruhan", "Overall");
        put("bySector", "Mengikut sektor", "By sector");
        put("byGroup", "Mengikut kumpulan sasaran", "By target group");
        put("byAgency", "Mengikut agensi", "By agency");
        put("targets", "Sasaran dan kemajuan", "Targets and progress");
        put("noTargets", "Tiada sasaran ditetapkan.", "No targets set.");
        put("reports", "Laporan suku tahunan", "Quarterly reports");
        put("total", "Jumlah", "Total");
        put("rate", "Kadar", "Rate");
        put("baseline", "Asas", "Baseline");
        put("target", "Sasaran", "Target");
        put("achieved", "Dicapai", "Achieved");
        put("progress", "Kemajuan", "Progress");
        put("portalTitle", "Portal API untuk integrator", "API portal for integrators");
        put("portalIntro", "Kontrak OpenAPI setiap perkhidmatan, versi dan log perubahan, serta kontrak acara Kafka.",
                "Every service's OpenAPI contract, its versions and changelog, and the Kafka event contracts.");
        put("version", "Versi", "Version");
        put("operations", "operasi", "operations");
        put("breaking", "Perubahan memecah", "Breaking change");
        put("notRead", "Belum dibaca", "Not read yet");
        put("reference", "Rujukan API", "API reference");
        put("tryIt", "Cuba panggilan", "Try a call");
        put("tokenHelp", "Dapatkan token akses daripada identity-service (client credentials), kemudian hantar dalam pengepala Authorization.",
                "Get an access token from identity-service (client credentials), then send it in the Authorization header.");
        put("changelog", "Log perubahan", "Changelog");
        put("events", "Kontrak acara", "Event contracts");
        put("topic", "Topik", "Topic");
        put("unreachable", "Tidak dapat dicapai", "Unreachable");
        put("back", "Kembali", "Back");
    }

    private Texts() {
    }

    private static void put(String key, String ms, String en) {
        TEXTS.put(key, new String[]{ms, en});
    }

    public static Map<String, String> of(String lang) {
        int index = "en".equals(lang) ? 1 : 0;
        Map<String, String> texts = new HashMap<>();
        TEXTS.forEach((key, values) -> texts.put(key, values[index]));
        return texts;
    }
}
