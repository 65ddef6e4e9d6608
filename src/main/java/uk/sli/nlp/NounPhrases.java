package uk.sli.nlp;

import java.util.Locale;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Says whether a phrase, where a sentence uses it, names a topic: a noun phrase of several words
 * (nouns, optionally after adjectives or other nouns: "regional commissioning", "political change"),
 * or one word that is an acronym ("AI", "ICB"); one word otherwise is too general ("system") or a
 * fragment of a name ("South"). By OpenNLP's tokenizer and part-of-speech tagger (Universal
 * Dependencies tags). One instance per thread.
 */
public final class NounPhrases {

    private static final ThreadLocal<NounPhrases> PER_THREAD = ThreadLocal.withInitial(NounPhrases::new);

    private final TokenizerME tokenizer = new TokenizerME(NlpModels.get().tokens());
    private final POSTaggerME tagger = new POSTaggerME(NlpModels.get().partsOfSpeech());

    public static NounPhrases forThisThread() {
        return PER_THREAD.get();
    }

    /** @param phrase lower-case words separated by single spaces, as they occur in the sentence */
    public boolean isTopicIn(String sentence, String phrase) {
        // Markdown emphasis ("**political change**") would stick to the words.
        String[] tokens = tokenizer.tokenize(sentence.replace('*', ' ').replace('_', ' '));
        String[] words = phrase.split(" ");
        for (int start = 0; start + words.length <= tokens.length; start++) {
            if (matchesAt(tokens, start, words)) {
                // One word needs no tagging; several need their parts of speech.
                return words.length == 1 ? isAcronym(tokens[start])
                        : !isTitleCased(tokens, start, words.length) && isNounPhrase(tagger.tag(tokens), start, words.length);
            }
        }
        return false;
    }

    private static boolean matchesAt(String[] tokens, int start, String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!tokens[start + i].toLowerCase(Locale.ROOT).equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNounPhrase(String[] tags, int start, int length) {
        if (!isNoun(tags[start + length - 1])) {
            return false;
        }
        for (int i = start; i < start + length - 1; i++) {
            if (!isNoun(tags[i]) && !tags[i].equals("ADJ")) {
                return false;
            }
        }
        return true;
    }

    /** "Mark Evans", "South East": a name, not a topic. */
    private static boolean isTitleCased(String[] tokens, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isUpperCase(tokens[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String token) {
        return token.length() >= 2 && token.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static boolean isNoun(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }
}
