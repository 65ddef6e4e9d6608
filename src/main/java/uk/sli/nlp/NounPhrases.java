package uk.sli.nlp;

import java.util.Locale;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Says whether a phrase, where a sentence uses it, is a noun phrase: nouns, optionally after
 * adjectives or other nouns ("regional commissioning", "political change", "AI"), by OpenNLP's
 * tokenizer and part-of-speech tagger (Universal Dependencies tags). One instance per thread.
 */
public final class NounPhrases {

    private static final ThreadLocal<NounPhrases> PER_THREAD = ThreadLocal.withInitial(NounPhrases::new);

    private final TokenizerME tokenizer = new TokenizerME(NlpModels.get().tokens());
    private final POSTaggerME tagger = new POSTaggerME(NlpModels.get().partsOfSpeech());

    public static NounPhrases forThisThread() {
        return PER_THREAD.get();
    }

    /** @param phrase lower-case words separated by single spaces, as they occur in the sentence */
    public boolean isNounPhraseIn(String sentence, String phrase) {
        // Markdown emphasis ("**political change**") would stick to the words.
        String[] tokens = tokenizer.tokenize(sentence.replace('*', ' ').replace('_', ' '));
        String[] tags = tagger.tag(tokens);
        String[] words = phrase.split(" ");
        for (int start = 0; start + words.length <= tokens.length; start++) {
            if (matchesAt(tokens, start, words)) {
                return isNounPhrase(tags, start, words.length);
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

    private static boolean isNoun(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }
}
