package uk.sli.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.DocumentCategorizerME;
import uk.sli.model.Label;
import uk.sli.model.StatementTag;

/**
 * Tags one statement: structure rules first (improvement headings, judgement rows, framework
 * references), then a maxent classifier over word stems, bigrams and negation scope for the label;
 * themes from cue phrases, the section heading and a second classifier; the framework from
 * Ofsted's own reference when the statement carries one, else from the themes. One instance per thread
 * ({@link #forThisThread()}): the OpenNLP categorizers keep state.
 */
public final class StatementTagger {

    private static final ThreadLocal<StatementTagger> PER_THREAD =
            ThreadLocal.withInitial(() -> new StatementTagger(TaggerModels.shipped(), Taxonomy.standard()));

    /** Weight of one matched cue word against the theme model's probability (0..1). */
    private static final double CUE_WEIGHT = 0.18;
    private static final int MAX_CUE_WORDS = 4;
    /** Weight of a theme the section heading names ("The experiences and progress of care leavers"). */
    private static final double SECTION_WEIGHT = 0.15;
    /** Themes below this share of the best theme's score are not reported. */
    private static final double SECONDARY_SHARE = 0.35;
    private static final int MAX_THEMES = 3;
    /** How much likelier a judgement in a report is to be a strength than the balanced training set says. */
    private static final double STRENGTH_PRIOR = 1.5;

    private final DocumentCategorizerME labels;
    private final DocumentCategorizerME themes;
    private final Taxonomy taxonomy;
    private final Words words = Words.forThisThread();
    /** Statements come section by section: the heading's theme cues are worked out once per section. */
    private String lastSection;
    private List<Taxonomy.CueHit> lastSectionHits = List.of();

    public StatementTagger(TaggerModels models, Taxonomy taxonomy) {
        this.labels = new DocumentCategorizerME(models.label());
        this.themes = new DocumentCategorizerME(models.theme());
        this.taxonomy = taxonomy;
    }

    public static StatementTagger forThisThread() {
        return PER_THREAD.get();
    }

    public StatementTag tag(String text, StatementContext context) {
        List<String> framework = FrameworkTags.codes(text);
        String statement = FrameworkTags.strip(text);
        List<String> cues = new ArrayList<>();
        if (statement.isEmpty()) {
            // Nothing but a framework reference (split from the item it follows), or nothing at all.
            cues.add(framework.isEmpty() ? "empty statement" : "structure: framework reference only");
            return new StatementTag(Label.NEUTRAL, 0.95, List.of(), framework, cues);
        }
        List<String> stems = words.stems(statement);
        String[] features = Features.of(stems);

        Label label;
        double confidence;
        Optional<StructureRules.Decision> rule = StructureRules.decide(statement, context, !framework.isEmpty());
        double[] labelScores = reweigh(labels.categorize(features));
        Label modelLabel = Label.fromId(labels.getBestCategory(labelScores)).orElse(Label.NEUTRAL);
        double modelConfidence = labelScores[labels.getIndex(modelLabel.id())];
        if (rule.isPresent()) {
            label = rule.get().label();
            confidence = rule.get().confidence();
            cues.add(rule.get().cue());
        } else {
            label = modelLabel;
            confidence = modelConfidence;
        }
        cues.add(String.format(Locale.ROOT, "model: %s %.2f", modelLabel.id(), modelConfidence));

        List<Taxonomy.CueHit> hits = taxonomy.match(stems);
        List<String> themeIds = label == Label.NEUTRAL && hits.isEmpty() ? List.of()
                : rankThemes(Features.forThemes(stems), hits, sectionHits(context.section()));
        for (Taxonomy.CueHit hit : hits.subList(0, Math.min(2, hits.size()))) {
            cues.add("theme cue: " + hit.theme() + " (" + String.join(", ", hit.phrases()) + ")");
        }
        if (framework.isEmpty()) {
            framework = frameworkOf(themeIds);
        }
        return new StatementTag(label, round(confidence), themeIds, framework, cues);
    }

    private List<String> rankThemes(String[] features, List<Taxonomy.CueHit> hits, List<Taxonomy.CueHit> sectionHits) {
        double[] probabilities = themes.categorize(features);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < probabilities.length; i++) {
            scores.put(themes.getCategory(i), probabilities[i]);
        }
        for (Taxonomy.CueHit hit : hits) {
            scores.merge(hit.theme(), CUE_WEIGHT * Math.min(MAX_CUE_WORDS, hit.weight()), Double::sum);
        }
        for (Taxonomy.CueHit hit : sectionHits) {
            scores.merge(hit.theme(), SECTION_WEIGHT, Double::sum);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        double best = ranked.get(0).getValue();
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, Double> entry : ranked) {
            if (ids.size() == MAX_THEMES || entry.getValue() < SECONDARY_SHARE * best) {
                break;
            }
            ids.add(entry.getKey());
        }
        return ids;
    }

    /**
     * The training set holds as many improvements as strengths, but reports hold more strengths than
     * improvements; the model's probabilities are moved to that prior and renormalised.
     */
    private double[] reweigh(double[] scores) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels.getCategory(i).equals(Label.STRENGTH.id())) {
                scores[i] *= STRENGTH_PRIOR;
            }
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
        return scores;
    }

    private List<Taxonomy.CueHit> sectionHits(String section) {
        if (!section.equals(lastSection)) {
            lastSection = section;
            lastSectionHits = taxonomy.match(words.stems(section));
        }
        return lastSectionHits;
    }

    /** The outcomes and enablers of the statement's themes, primary theme's first. */
    private List<String> frameworkOf(List<String> themeIds) {
        List<String> codes = new ArrayList<>();
        for (String id : themeIds) {
            for (String code : taxonomy.byId(id).map(Theme::framework).orElse(List.of())) {
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
