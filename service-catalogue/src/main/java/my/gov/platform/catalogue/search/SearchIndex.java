package my.gov.platform.catalogue.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An immutable in-memory index for Carian Bestari. Each query word is matched against the
 * vocabulary exactly, as a prefix, or within a few typos (edit distance), and words written
 * together or apart are joined or split when the vocabulary says so. A service scores the best
 * match of each query word, weighted by where the word occurs (name over keywords over description).
 */
public final class SearchIndex {
    private static final double NAME = 3.0;
    private static final double CODE = 2.0;
    private static final double KEYWORD = 1.5;
    private static final double DESCRIPTION = 1.0;
    private static final int MIN_PREFIX = 3;

    public static final String SECTOR = "sector";
    public static final String TARGET_GROUP = "targetGroup";
    public static final String LIFE_EVENT = "lifeEvent";
    public static final String PERSONA = "persona";
    public static final String STATUS = "status";

    private final List<Searchable> services;
    /** term -> (service index -> best field weight of the term in that service) */
    private final Map<String, Map<Integer, Double>> postings = new HashMap<>();
    private final String[] vocabulary;

    public SearchIndex(List<Searchable> services) {
        this.services = List.copyOf(services);
        for (int i = 0; i < this.services.size(); i++) {
            Searchable s = this.services.get(i);
            add(i, s.nameMs() + " " + s.nameEn(), NAME);
            add(i, s.code() + " " + s.agency(), CODE);
            add(i, s.keywords(), KEYWORD);
            add(i, s.descriptions(), DESCRIPTION);
        }
        vocabulary = postings.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
    }

    public int size() {
        return services.size();
    }

    public SearchHits search(SearchQuery query) {
        List<String> words = joinSplitWords(TextNormaliser.queryTokens(query.text()));
        Map<Integer, Double> scores = words.isEmpty() ? everyService() : score(words);
        List<Integer> matching = scores.keySet().stream().filter(i -> passes(services.get(i), query, null)).toList();
        List<SearchHits.Hit> ranked = matching.stream()
                .map(i -> new SearchHits.Hit(services.get(i), scores.get(i)))
                .sorted(Comparator.comparingDouble(SearchHits.Hit::score).reversed()
                        .thenComparing(h -> h.service().nameMs()))
                .toList();
        int from = Math.min(query.offset(), ranked.size());
        int to = Math.min(from + query.limit(), ranked.size());
        return new SearchHits(ranked.subList(from, to), ranked.size(), facets(scores.keySet(), query));
    }

    private Map<Integer, Double> everyService() {
        Map<Integer, Double> all = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            all.put(i, 0.0);
        }
        return all;
    }

    private Map<Integer, Double> score(List<String> words) {
        Map<Integer, Double> total = new HashMap<>();
        Map<Integer, Integer> wordsMatched = new HashMap<>();
        for (String word : words) {
            Map<Integer, Double> best = new HashMap<>();
            for (Map.Entry<String, Double> candidate : candidates(word).entrySet()) {
                postings.get(candidate.getKey()).forEach((service, weight) ->
                        best.merge(service, weight * candidate.getValue(), Math::max));
            }
            best.forEach((service, value) -> {
                total.merge(service, value, Double::sum);
                wordsMatched.merge(service, 1, Integer::sum);
            });
        }
        int needed = Math.max(1, words.size() - words.size() / 3);
        Map<Integer, Double> qualified = new HashMap<>();
        total.forEach((service, value) -> {
            int matched = wordsMatched.get(service);
            if (matched >= needed) {
                qualified.put(service, matched == words.size() ? value * 1.5 : value);
            }
        });
        return qualified;
    }

    /** Vocabulary terms a query word may stand for, with how good a match each is (1 = exact). */
    private Map<String, Double> candidates(String word) {
        Map<String, Double> found = new HashMap<>();
        int allowed = EditDistance.allowedFor(word.length());
        for (String term : vocabulary) {
            if (term.equals(word)) {
                found.put(term, 1.0);
            } else if (word.length() >= MIN_PREFIX && term.startsWith(word)) {
                found.put(term, 0.8);
            } else if (allowed > 0) {
                int distance = EditDistance.within(word, term, allowed);
                if (distance <= allowed) {
                    found.put(term, distance == 1 ? 0.7 : 0.5);
                }
            }
        }
        return found;
    }

    /** "my digital" becomes "mydigital" and "lesenmemandu" becomes "lesen memandu" when the vocabulary has those words. */
    private List<String> joinSplitWords(List<String> words) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i + 1 < words.size() && !known(word) && known(word + words.get(i + 1))) {
                result.add(word + words.get(i + 1));
                i++;
            } else if (i + 1 < words.size() && known(word + words.get(i + 1)) && !known(words.get(i + 1))) {
                result.add(word + words.get(i + 1));
                i++;
            } else if (!known(word)) {
                result.addAll(split(word));
            } else {
                result.add(word);
            }
        }
        return result;
    }

    private List<String> split(String word) {
        for (int at = 2; at <= word.length() - 2; at++) {
            String left = word.substring(0, at);
            String right = word.substring(at);
            if (known(left) && known(right)) {
                return List.of(left, right);
            }
        }
        return List.of(word);
    }

    private boolean known(String term) {
        return postings.containsKey(term);
    }

    private Map<String, Map<String, Integer>> facets(Iterable<Integer> matched, SearchQuery query) {
        Map<String, Function<Searchable, List<String>>> dimensions = new LinkedHashMap<>();
        dimensions.put(SECTOR, s -> List.of(s.sector()));
        dimensions.put(TARGET_GROUP, s -> List.of(s.targetGroup()));
        dimensions.put(LIFE_EVENT, s -> List.of(s.lifeEvent()));
        dimensions.put(PERSONA, Searchable::personas);
        dimensions.put(STATUS, s -> List.of(s.status().name()));
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        dimensions.keySet().forEach(d -> facets.put(d, new TreeMap<>()));
        for (int i : matched) {
            Searchable service = services.get(i);
            for (Map.Entry<String, Function<Searchable, List<String>>> dimension : dimensions.entrySet()) {
                if (passes(service, query, dimension.getKey())) {
                    for (String value : dimension.getValue().apply(service)) {
                        facets.get(dimension.getKey()).merge(value, 1, Integer::sum);
                    }
                }
            }
        }
        return facets;
    }

    /** Whether the service passes every filter of the query except the one of {@code ignoring}. */
    private static boolean passes(Searchable s, SearchQuery q, String ignoring) {
        return (q.sector() == null || SECTOR.equals(ignoring) || q.sector().equals(s.sector()))
                && (q.targetGroup() == null || TARGET_GROUP.equals(ignoring) || q.targetGroup().equals(s.targetGroup()))
                && (q.lifeEvent() == null || LIFE_EVENT.equals(ignoring) || q.lifeEvent().equals(s.lifeEvent()))
                && (q.persona() == null || PERSONA.equals(ignoring) || s.personas().contains(q.persona()))
                && (q.status() == null || STATUS.equals(ignoring) || q.status() == s.status());
    }

    private void add(int service, String text, double weight) {
        for (String token : TextNormaliser.tokens(text)) {
            postings.computeIfAbsent(token, t -> new HashMap<>()).merge(service, weight, Math::max);
        }
    }
}
