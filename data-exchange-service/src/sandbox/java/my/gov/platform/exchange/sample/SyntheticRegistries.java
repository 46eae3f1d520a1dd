package my.gov.platform.exchange.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic, deterministic registry records: the same key always yields the same record, so demos
 * and tests are repeatable. No real person's data. The demo citizen 850101-14-5011 is fixed.
 */
public final class SyntheticRegistries {
    public static final String DEMO_CITIZEN = "850101-14-5011";
    public static final String DEMO_VEHICLE = "WXY1234";
    /** A synthetic person recorded as deceased, for registry change demos. */
    public static final String DECEASED_CITIZEN = "400101-14-5023";

    private static final Pattern MYKAD = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-(\\d{2})-(\\d{4})");
    private static final Pattern PLATE = Pattern.compile("[A-Z]{1,3}\\d{1,4}[A-Z]?");
    private static final Pattern COMPANY = Pattern.compile("\\d{12}");
    private static final List<String> MALE = List.of("Ahmad", "Muhammad Hafiz", "Tan Wei Ming", "Rajesh", "Lim Chee Keong", "Azlan");
    private static final List<String> FEMALE = List.of("Nur Aisyah", "Siti Mariam", "Lee Mei Ling", "Kavitha", "Farah", "Wong Siew Lan");
    private static final List<String> FATHERS = List.of("Abdullah", "Ismail", "Hassan", "Ramasamy", "Yusof", "Ibrahim");
    private static final List<String> TOWNS = List.of("62250 Putrajaya", "50480 Kuala Lumpur", "40000 Shah Alam",
            "80000 Johor Bahru", "10200 George Town", "93050 Kuching");
    private static final List<String> MAKES = List.of("Perodua Myvi", "Proton Saga", "Honda City", "Toyota Vios", "Proton X50");

    private SyntheticRegistries() {
    }

    public static Optional<Map<String, Object>> person(String mykad) {
        Matcher m = MYKAD.matcher(mykad);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate born;
        try {
            int yy = Integer.parseInt(m.group(1));
            int century = yy <= LocalDate.now().getYear() % 100 ? 2000 : 1900;
            born = LocalDate.of(century + yy, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException invalidDate) {
            return Optional.empty();
        }
        int h = hash(mykad);
        boolean male = Integer.parseInt(m.group(5)) % 2 == 1;
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("mykadNumber", mykad);
        if (DEMO_CITIZEN.equals(mykad)) {
            record.put("fullName", "Ahmad bin Abdullah");
            record.put("address", "No. 12, Jalan P9E/3, Presint 9, 62250 Putrajaya");
        } else {
            record.put("fullName", pick(male ? MALE : FEMALE, h) + (male ? " bin " : " binti ") + pick(FATHERS, h >> 4));
            record.put("address", "No. " + (1 + (h & 0x7F)) + ", Jalan " + (1 + ((h >> 8) & 0x1F)) + ", " + pick(TOWNS, h >> 12));
        }
        record.put("dateOfBirth", born.toString());
        record.put("gender", male ? "LELAKI" : "PEREMPUAN");
        record.put("citizenship", "WARGANEGARA");
        if (DECEASED_CITIZEN.equals(mykad)) {
            record.put("dateOfDeath", "2026-11-20");
        }
        return Optional.of(record);
    }

    public static Optional<Map<String, Object>> vehicle(String registrationNumber) {
        String plate = registrationNumber.replace(" ", "").toUpperCase();
        if (!PLATE.matcher(plate).matches()) {
            return Optional.empty();
        }
        int h = hash(plate);
        String make = DEMO_VEHICLE.equals(plate) ? "Perodua Myvi" : pick(MAKES, h);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("registrationNumber", plate);
        record.put("ownerMykadNumber", DEMO_VEHICLE.equals(plate) ? DEMO_CITIZEN
                : String.format("%02d%02d%02d-14-%04d", 60 + (h & 0x1F), 1 + ((h >> 5) % 12), 1 + ((h >> 9) % 28), (h >> 14) % 10000));
        record.put("make", make.substring(0, make.indexOf(' ')));
        record.put("model", make.substring(make.indexOf(' ') + 1));
        record.put("roadTaxExpiry", LocalDate.of(2027, 1 + (h % 12), 1 + ((h >> 4) % 28)).toString());
        return Optional.of(record);
    }

    public static Optional<Map<String, Object>> company(String registrationNumber) {
        if (!COMPANY.matcher(registrationNumber).matches()) {
            return Optional.empty();
        }
        int h = hash(registrationNumber);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("companyRegistrationNumber", registrationNumber);
        record.put("companyName", pick(List.of("Maju", "Gemilang", "Sinar", "Cemerlang"), h) + " "
                + pick(List.of("Teknologi", "Niaga", "Makanan", "Logistik"), h >> 3) + " Sdn. Bhd.");
        record.put("companyStatus", (h % 10) == 0 ? "WOUND_UP" : "EXISTING");
        record.put("businessAddress", "Lot " + (1 + (h & 0xFF)) + ", " + pick(TOWNS, h >> 6));
        record.put("directors", List.of(pick(MALE, h >> 9) + " bin " + pick(FATHERS, h >> 11),
                pick(FEMALE, h >> 13) + " binti " + pick(FATHERS, h >> 15)));
        return Optional.of(record);
    }

    private static String pick(List<String> values, int seed) {
        return values.get(Math.floorMod(seed, values.size()));
    }

    private static int hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ((digest[0] & 0x7F) << 24) | ((digest[1] & 0xFF) << 16) | ((digest[2] & 0xFF) << 8) | (digest[3] & 0xFF);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
