package my.gov.platform.catalogue.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Folds text for matching: lower case, accents removed, anything but letters and digits is a space. */
public final class TextNormaliser {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    /** Words that carry no meaning in a service search, in Bahasa Melayu and English. */
    private static final Set<String> STOP_WORDS = Set.of(
            "dan", "di", "ke", "untuk", "bagi", "yang", "dari", "daripada", "oleh", "atau", "dengan", "saya", "cara",
            "the", "of", "for", "and", "a", "an", "to", "in", "on", "my", "how", "i", "or", "by", "with");

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_ALPHANUMERIC.matcher(folded).replaceAll(" ").trim();
    }

    public static List<String> tokens(String text) {
        String normalised = normalise(text);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /** The tokens of a query, without stop words (unless the query is nothing but stop words). */
    public static List<String> queryTokens(String query) {
        List<String> all = tokens(query);
        List<String> meaningful = all.stream().filter(t -> !STOP_WORDS.contains(t)).toList();
        return meaningful.isEmpty() ? all : meaningful;
    }
}
