package uk.sli.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits a paragraph into sentences with OpenNLP's sentence detector. One instance per thread
 * (use {@link #forThisThread()}), because {@link SentenceDetectorME} keeps state between calls.
 */
public final class SentenceSplitter {

    private static final ThreadLocal<SentenceSplitter> PER_THREAD =
            ThreadLocal.withInitial(() -> new SentenceSplitter(NlpModels.get()));

    /**
     * Abbreviations the EWT model was not trained on and splits after ("e.g. children", "para. 4").
     * A break right after one of these is undone.
     */
    private static final Pattern NO_BREAK_AFTER = Pattern.compile(
            "(?i)(?:\\b(?:e\\.g|i\\.e|etc|para|paras|no|nos|vs|cf|approx|incl|st|dr|mr|mrs|ms|cllr)\\.|\\b[A-Z]\\.)$");

    private final SentenceDetectorME detector;

    public SentenceSplitter(NlpModels models) {
        this.detector = new SentenceDetectorME(models.sentences());
    }

    public static SentenceSplitter forThisThread() {
        return PER_THREAD.get();
    }

    /** Character spans of the sentences in {@code text}, in order, trimmed. */
    public List<Span> split(String text) {
        Span[] spans = detector.sentPosDetect(text);
        List<Span> merged = new ArrayList<>(spans.length);
        for (Span span : spans) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                Matcher end = NO_BREAK_AFTER.matcher(text.substring(last.getStart(), last.getEnd()));
                if (end.find()) {
                    merged.set(merged.size() - 1, new Span(last.getStart(), span.getEnd()));
                    continue;
                }
            }
            merged.add(span);
        }
        return merged;
    }
}
