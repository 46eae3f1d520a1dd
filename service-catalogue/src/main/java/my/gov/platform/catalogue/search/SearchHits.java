package my.gov.platform.catalogue.search;

import java.util.List;
import java.util.Map;

/**
 * Ranked hits of one page, the total, and facet counts: for each dimension, how many hits each
 * value would have with every other filter kept and that dimension's own filter dropped.
 */
public record SearchHits(List<Hit> hits, int total, Map<String, Map<String, Integer>> facets) {

    public record Hit(Searchable service, double score) {
    }
}
