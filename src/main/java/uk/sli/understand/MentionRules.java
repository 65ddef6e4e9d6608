package uk.sli.understand;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a name found in running text refers to the council. Some authority names are
 * also English words ("Reading", "Bury") or surnames ("Clark Kent").
 * Other places that merely start with an authority's name ("Sutton Coldfield") are decoys in
 * not-authorities.txt and never reach these rules.
 */
final class MentionRules {

    // Capitalised only because they open a sentence: "Reading is ...", "Bury the ...".
    private static final Set<String> ENGLISH_WORDS = Set.of("Reading", "Bury", "Harrow", "Hull");

    // Also surnames: a capitalised word before them, mid-sentence, is a first name ("Clark Kent";
    // not "EDCS Reading", an acronym, nor "West Sussex Kent", another authority in a table row).
    private static final Set<String> SURNAMES = Set.of(
            "Kent", "Sutton", "Bolton", "Blackburn", "Bedford", "Wakefield", "Poole", "Merton", "Dudley", "Derby",
            "Darlington", "Rutland", "Halton", "Harrow", "Durham", "Barnet", "Bury", "Reading");

    // Words that continue a council's name rather than start another one.
    private static final Set<String> COUNCIL_WORDS = Set.of(
            "Council", "County", "City", "Borough", "Metropolitan", "District", "Corporation", "Children",
            "Safeguarding", "Local", "LA", "LSCB", "MBC", "CC", "BC");

    // Capitalised words that qualify a place rather than name a person: "East Kent", "North Bolton".
    private static final Set<String> PLACE_QUALIFIERS = Set.of("North", "South", "East", "West", "Central", "Mid");

    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\t]+(\\p{L}+)");
    private static final Pattern FIRST_NAME_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)[ \\t]+$");
    private static final String SENTENCE_OPENERS = ".!?:;•·*–—\"“";

    private MentionRules() {
    }

    /**
     * @param previousEnd where the previous candidate name ended, or -1: names in a row ("West
     *                    Sussex Kent Portsmouth" in a table) vouch for each other
     */
    static boolean refersToCouncil(String text, Mention mention, int previousEnd) {
        String name = mention.surface();
        if (ENGLISH_WORDS.contains(name) && opensSentence(text, mention.start())) {
            return COUNCIL_WORDS.contains(nextWord(text, mention.end())) || endsClause(text, mention.end());
        }
        if (SURNAMES.contains(name)) {
            return !afterFirstName(text, mention.start(), previousEnd);
        }
        return true;
    }

    private static boolean afterFirstName(String text, int start, int previousEnd) {
        int from = Math.max(0, start - 40);
        Matcher m = PREVIOUS_WORD.matcher(text.substring(from, start));
        if (!m.find() || !FIRST_NAME_SHAPE.matcher(m.group(1)).matches() || PLACE_QUALIFIERS.contains(m.group(1))) {
            return false;
        }
        int wordStart = from + m.start();
        boolean endsAnotherName = wordStart + m.group(1).length() == previousEnd;
        return !endsAnotherName && !opensSentence(text, wordStart);
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || SENTENCE_OPENERS.indexOf(text.charAt(i)) >= 0;
    }

    // "Reading, Slough and ...", "Reading's" and a heading that is only the name are about the place.
    private static boolean endsClause(String text, int end) {
        return end == text.length() || ",'’\r\n".indexOf(text.charAt(end)) >= 0;
    }

    private static String nextWord(String text, int end) {
        Matcher m = NEXT_WORD.matcher(text);
        return m.find(end) ? m.group(1) : "";
    }

}
