package uk.sli.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.stemmer.PorterStemmer;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.Tokenizer;

/**
 * Turns text into the word stems that cues and models work on: OpenNLP's simple (character-class)
 * tokenizer, lower case, Porter stems (so "assessments", "assessed" and "assessment" meet). The
 * simple tokenizer was measured at a fortieth of the cost of the maxent one on report sentences,
 * and the two differ only on contractions, which are expanded first. One instance per thread.
 */
public final class Words {

    private static final ThreadLocal<Words> PER_THREAD = ThreadLocal.withInitial(Words::new);

    private static final Pattern NEGATED_CONTRACTION = Pattern.compile("(?i)n't\\b");

    private final Tokenizer tokenizer = SimpleTokenizer.INSTANCE;
    private final PorterStemmer stemmer = new PorterStemmer();

    public static Words forThisThread() {
        return PER_THREAD.get();
    }

    /** Stems of the word tokens; punctuation is dropped, numbers are kept as "#". */
    public List<String> stems(String text) {
        String[] tokens = tokenizer.tokenize(NEGATED_CONTRACTION.matcher(normalise(text)).replaceAll(" not"));
        List<String> stems = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            String t = token.toLowerCase(Locale.ROOT);
            if (t.chars().allMatch(Character::isDigit)) {
                stems.add("#");
            } else if (t.chars().anyMatch(Character::isLetter)) {
                stems.add(stem(t));
            }
        }
        return stems;
    }

    String stem(String lowerCaseWord) {
        // Hyphenated compounds ("decision-making") stem part by part, keeping the hyphen.
        if (lowerCaseWord.indexOf('-') > 0) {
            StringBuilder sb = new StringBuilder();
            for (String part : lowerCaseWord.split("-")) {
                if (sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(stemmer.stem(part));
            }
            return sb.toString();
        }
        return stemmer.stem(lowerCaseWord);
    }

    /** Curly quotes as straight ones, so "children’s" and "children's" are one word. */
    static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }
}
