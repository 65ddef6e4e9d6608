package uk.sli.understand;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a name found in running text refers to the council. Some authority names are
 * also English words ("Reading", "Bury"), surnames and first names ("Kent", "Dudley") or the
 * first half of other places ("Sutton Coldfield", "Bury St Edmunds", "New York").
 */
final class MentionRules {

    // Capitalised only because they open a sentence: "Reading is ...", "Bury the ...".
    private static final Set<String> ENGLISH_WORDS = Set.of("Reading", "Bury", "Harrow", "Hull");

    // Single words that start many other proper names; trusted only when a capitalised word
    // after them belongs to the council ("Kent County Council") or nothing capitalised follows.
    private static final Set<String> NAME_STARTERS = Set.of(
            "Reading", "Bury", "Harrow", "Hull", "Kent", "Sutton", "Barnet", "Bedford", "Derby", "Durham",
            "York", "Brent", "Dudley", "Bolton", "Halton", "Wigan", "Rutland", "Merton", "Newcastle",
            "Blackburn", "Brighton", "Stockton", "Darlington", "Wakefield", "Southend", "Plymouth", "Poole",
            "Bournemouth", "Luton", "Slough", "Medway", "Torbay", "Enfield", "Bromley", "Croydon");

    // Words that continue a council's name rather than start another one.
    private static final Set<String> COUNCIL_WORDS = Set.of(
            "Council", "County", "City", "Borough", "Metropolitan", "District", "Corporation", "Children",
            "Children's", "Children’s", "Safeguarding", "Local", "LA", "LSCB", "MBC", "CC", "BC");

    // A capitalised word before the name makes it part of another place: "New York", "Greater Manchester".
    private static final Set<String> FOREIGN_PREFIXES = Set.of("New", "Greater");

    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\t]+([\\p{L}'’]+)");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)[ \\t]+$");

    private MentionRules() {
    }

    static boolean refersToCouncil(String text, Mention mention) {
        String previous = previousWord(text, mention.start());
        if (FOREIGN_PREFIXES.contains(previous)) {
            return false;
        }
        String next = nextWord(text, mention.end());
        boolean councilFollows = COUNCIL_WORDS.contains(next);
        if (ENGLISH_WORDS.contains(mention.surface()) && opensSentence(text, mention.start())) {
            return councilFollows || followedByPunctuation(text, mention.end());
        }
        if (NAME_STARTERS.contains(mention.surface()) && startsWithCapital(next)) {
            return councilFollows;
        }
        return true;
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:;•·*–—\"“".indexOf(text.charAt(i)) >= 0;
    }

    // "Reading, Slough and ..." or "Reading's" open a sentence about the place.
    private static boolean followedByPunctuation(String text, int end) {
        return end < text.length() && ",'’".indexOf(text.charAt(end)) >= 0;
    }

    private static String nextWord(String text, int end) {
        Matcher m = NEXT_WORD.matcher(text);
        return m.find(end) ? m.group(1) : "";
    }

    private static String previousWord(String text, int start) {
        Matcher m = PREVIOUS_WORD.matcher(text.substring(Math.max(0, start - 40), start));
        return m.find() ? m.group(1) : "";
    }

    private static boolean startsWithCapital(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
