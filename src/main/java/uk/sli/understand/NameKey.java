package uk.sli.understand;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Folds the many spellings of an authority's name to one lookup key: "St. Helens Metropolitan
 * Borough Council", "Telford & Wrekin" and "the Royal Borough of Windsor and Maidenhead" all
 * reduce, step by step, to the key of the name they share.
 */
final class NameKey {

    // Affixes that say what kind of body the authority is, not which one it is.
    private static final List<String> PREFIXES = List.of(
            "the ", "london borough of ", "royal borough of ", "metropolitan borough of ", "borough of ",
            "council of the ", "council of ", "city of ", "county of ", "inspection of ");
    private static final List<String> SUFFIXES = List.of(
            " local authority childrens services", " childrens services", " local authority", " council",
            " county", " city of", " city", " borough", " metropolitan", " district", " corporation");

    private NameKey() {
    }

    /** Lower case, no accents or punctuation, "&" as "and", single spaces. */
    static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['’‘]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    /** The key with one affix removed, or empty when none is left to remove. */
    static Optional<String> stripOne(String key) {
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                return Optional.of(key.substring(prefix.length()));
            }
        }
        for (String suffix : SUFFIXES) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                return Optional.of(key.substring(0, key.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }
}
