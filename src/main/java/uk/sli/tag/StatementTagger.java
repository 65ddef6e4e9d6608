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
import uk.sli.nlp.SentenceEmbedder;

/**
 * Tags one statement: structure rules first (improvement headings, judgement rows, framework
 * references), then a maxent classifier for the label over word stems, bigrams and negation scope
 * and the statement's context ({@link Features#forLabel}), trained on real labelled sentences and
 * our own written ones, so its probabilities follow the labels' shares in real documents;
 * themes from cue phrases, the section heading, a second classifier and, for judgements, the
 * nearest training statements by sentence embedding ({@link ThemeExemplars}); the framework from
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
    /** Weight of the nearest training statements' theme shares (0..1) against the model's probability (0..1). */
    private static final double NEIGHBOUR_WEIGHT = 0.6;
    /** Themes below this share of the best theme's score are not reported. */
    private static final double SECONDARY_SHARE = 0.35;
    private static final int MAX_THEMES = 3;
    /** A statement leans on its context when the stand-alone classifier says so with at least this probability. */
    private static final double LEANS_ON_CONTEXT = 0.5;

    private final DocumentCategorizerME labels;
    private final DocumentCategorizerME themes;
    /** Null when the models have none: every statement then stands alone. */
    private final DocumentCategorizerME alone;
    private final ThemeExemplars exemplars;
    private final Taxonomy taxonomy;
    private final EmbeddingCache embeddings = new EmbeddingCache();
    private final Words words = Words.forThisThread();
    /** Statements come section by section: the heading's theme cues are worked out once per section. */
    private String lastSection;
    private List<Taxonomy.CueHit> lastSectionHits = List.of();
    /** Statements come in order: the one before is usually the last one stemmed, and a list shares its lead-in. */
    private String lastText = "";
    private List<String> lastStems = List.of();
    private String lastLeadIn = "";
    private List<String> lastLeadInStems = List.of();

    public StatementTagger(TaggerModels models, Taxonomy taxonomy) {
        this.labels = new DocumentCategorizerME(models.label());
        this.themes = new DocumentCategorizerME(models.theme());
        this.alone = models.alone().map(DocumentCategorizerME::new).orElse(null);
        this.exemplars = models.exemplars();
        this.taxonomy = taxonomy;
    }

    public static StatementTagger forThisThread() {
        return PER_THREAD.get();
    }

    /** Tags and, unless it is neutral, embeds the statement. */
    public StatementTag tag(String text, StatementContext context) {
        return tag(text, context, true);
    }

    /** @param embed false to skip the sentence embedding (faster; themes then come without the neighbours' vote) */
    public StatementTag tag(String text, StatementContext context, boolean embed) {
        List<String> framework = FrameworkTags.codes(text);
        String statement = FrameworkTags.strip(text);
        List<String> cues = new ArrayList<>();
        if (statement.isEmpty()) {
            // Nothing but a framework reference (split from the item it follows), or nothing at all.
            cues.add(framework.isEmpty() ? "empty statement" : "structure: framework reference only");
            return new StatementTag(Label.NEUTRAL, 0.95, List.of(), framework, cues);
        }
        List<String> previousStems = context.previous().equals(lastText) ? lastStems
                : words.stems(FrameworkTags.strip(context.previous()));
        List<String> stems = words.stems(statement);
        lastText = text;
        lastStems = stems;
        if (!context.leadIn().equals(lastLeadIn)) {
            lastLeadIn = context.leadIn();
            lastLeadInStems = words.stems(lastLeadIn);
        }
        String[] features = Features.forLabel(stems, context, previousStems, lastLeadInStems);

        Label label;
        double confidence;
        Optional<StructureRules.Decision> rule = StructureRules.decide(statement, context, !framework.isEmpty());
        double[] labelScores = labels.categorize(features);
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

        // Judgements are embedded (for semantic search and matching, and their nearest training
        // statements vote on themes); neutral statements are boilerplate, context and headings.
        // A list item is embedded with its lead-in, which says what it is about ("Services to care
        // leavers, including: ... sufficiency of accommodation").
        float[] embedding = !embed || label == Label.NEUTRAL ? null
                : embeddings.embed(context.leadIn().isEmpty() ? statement : context.leadIn() + " " + statement);
        Map<String, Double> neighbours = embedding == null ? Map.of() : exemplars.vote(embedding);
        List<Taxonomy.CueHit> hits = taxonomy.match(stems);
        List<String> themeIds = label == Label.NEUTRAL && hits.isEmpty() ? List.of()
                : rankThemes(Features.forThemes(stems), neighbours, hits, sectionHits(context.section()));
        for (Taxonomy.CueHit hit : hits.subList(0, Math.min(2, hits.size()))) {
            cues.add("theme cue: " + hit.theme() + " (" + String.join(", ", hit.phrases()) + ")");
        }
        neighbours.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(top -> cues.add(
                String.format(Locale.ROOT, "theme neighbours: %s %.2f", top.getKey(), top.getValue())));
        if (framework.isEmpty()) {
            framework = frameworkOf(themeIds);
        }
        boolean standsAlone = label == Label.NEUTRAL || standsAlone(statement, stems, context);
        if (!standsAlone) {
            cues.add("leans on the sentences around it");
        }
        return new StatementTag(label, round(confidence), themeIds, framework, cues, embedding, standsAlone);
    }

    private List<String> rankThemes(String[] features, Map<String, Double> neighbours, List<Taxonomy.CueHit> hits, List<Taxonomy.CueHit> sectionHits) {
        double[] probabilities = themes.categorize(features);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < probabilities.length; i++) {
            scores.put(themes.getCategory(i), probabilities[i]);
        }
        for (Taxonomy.CueHit hit : hits) {
            scores.merge(hit.theme(), CUE_WEIGHT * Math.min(MAX_CUE_WORDS, hit.weight()), Double::sum);
        }
        neighbours.forEach((theme, share) -> scores.merge(theme, NEIGHBOUR_WEIGHT * share, Double::sum));
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

    private boolean standsAlone(String statement, List<String> stems, StatementContext context) {
        if (statement.strip().endsWith(":")) {
            return false; // it introduces a list: its items say what it is about
        }
        if (!context.leadIn().isEmpty()) {
            return true; // a list item is read, cited and matched with its lead-in
        }
        if (alone == null) {
            return true;
        }
        double[] p = alone.categorize(Features.forStandingAlone(stems, context));
        return p[alone.getIndex(StandAlone.NO)] < LEANS_ON_CONTEXT;
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

    /**
     * Embeddings of the statements this thread saw last: the same sentence recurs within and
     * across a council's reports, and is embedded once.
     */
    private static final class EmbeddingCache extends LinkedHashMap<String, float[]> {
        private static final int CAPACITY = 4096;

        EmbeddingCache() {
            super(CAPACITY, 0.75f, true);
        }

        float[] embed(String text) {
            return computeIfAbsent(text, SentenceEmbedder.get()::embed);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CAPACITY;
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
