package uk.sli.nlp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    /** Sentences recently tokenized: candidate phrases often come from the same sentences. */
    private static final int CACHED_SENTENCES = 2048;
    private static final int CONTEXT = 4;

    private final TokenizerME tokenizer = new TokenizerME(NlpModels.get().tokens());
    private final POSTaggerME tagger = new POSTaggerME(NlpModels.get().partsOfSpeech());
    private final Map<String, String[]> recent = new LinkedHashMap<>(CACHED_SENTENCES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
            return size() > CACHED_SENTENCES;
        }
    };

    public static NounPhrases forThisThread() {
        return PER_THREAD.get();
    }

    /** @param phrase lower-case words separated by single spaces, as they occur in the sentence */
    public boolean isTopicIn(String sentence, String phrase) {
        String[] tokens = recent.computeIfAbsent(sentence, this::tokenize);
        String[] words = phrase.split(" ");
        for (int start = 0; start + words.length <= tokens.length; start++) {
            if (matchesAt(tokens, start, words)) {
                // One word needs no tagging; several need their parts of speech.
                return words.length == 1 ? isAcronym(tokens[start])
                        : !isTitleCased(tokens, start, words.length) && isTaggedNounPhrase(tokens, start, words.length);
            }
        }
        return false;
    }

    /**
     * Tags the phrase with a few words either side rather than the whole sentence: the tagger's
     * features look two words either way, and tagging is the cost of finding emergent topics.
     */
    private boolean isTaggedNounPhrase(String[] tokens, int start, int length) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(tokens.length, start + length + CONTEXT);
        String[] tags = tagger.tag(Arrays.copyOfRange(tokens, from, to));
        return hasNounPhraseTags(tags, start - from, length);
    }

    private String[] tokenize(String sentence) {
        // Markdown emphasis ("**political change**") would stick to the words.
        return tokenizer.tokenize(sentence.replace('*', ' ').replace('_', ' '));
    }

    private static boolean matchesAt(String[] tokens, int start, String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!tokens[start + i].toLowerCase(Locale.ROOT).equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNounPhraseTags(String[] tags, int start, int length) {
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
