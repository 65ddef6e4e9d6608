package uk.sli.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;
import uk.sli.model.Label;
import uk.sli.model.StatementTag;
import uk.sli.match.Matchable;
import uk.sli.tag.DocumentTagger;
import uk.sli.tag.LabelledCorpus;
import uk.sli.tag.LabelledStatement;
import uk.sli.tag.SentenceHash;
import uk.sli.tag.Taxonomy;
import uk.sli.tag.Theme;
import uk.sli.tag.TaggedStatement;

/**
 * Measures the tagger on the hand-labelled dev set: the real reports are read from the shared
 * corpus through the same pipeline as ingest, each labelled sentence is found by its hash, and the
 * metrics are printed beside their expected values. {@code scripts/eval.sh} runs this.
 */
public final class TaggingEvaluation {

    static final List<Label> MACRO_LABELS = List.of(Label.STRENGTH, Label.IMPROVEMENT, Label.NEUTRAL);

    /**
     * Usage: TaggingEvaluation NAME DEV_DIR CORPUS_DIR EXPECTED_PROPERTIES [ERRORS_TSV]. NAME prefixes
     * the metrics' keys in the expectations ("ofsted", "register"). The optional errors file lists
     * each wrongly labelled statement with its text, for error analysis: it holds real sentences, so
     * keep it outside the project.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: TaggingEvaluation NAME DEV_DIR CORPUS_DIR EXPECTED_PROPERTIES [ERRORS_TSV]");
            System.exit(2);
        }
        try (PrintStream errors = args.length == 5 ? new PrintStream(args[4], StandardCharsets.UTF_8) : null) {
            boolean ok = run(args[0], Path.of(args[1]), Path.of(args[2]), new Expectations(Path.of(args[3])), System.out, errors);
            System.exit(ok ? 0 : 1);
        }
    }

    static boolean run(String name, Path devDir, Path corpus, Expectations expectations, PrintStream out, PrintStream errors)
            throws Exception {
        List<LabelledStatement> rows = LabelledStatement.read(devDir);
        List<LabelledCorpus.LabelledDocument> documents = LabelledCorpus.read(rows, corpus);
        DocumentTagger tagger = new DocumentTagger();
        Taxonomy taxonomy = Taxonomy.standard();
        Confusion confusion = new Confusion();
        // Needs as the matcher takes them: improvements labelled with confidence that stand alone.
        Confusion needs = new Confusion();
        Confusion outstandingNeeds = new Confusion();
        // Calibration of the labels that matching uses: strengths and improvements.
        Calibration calibration = new Calibration();
        int found = 0;
        int themed = 0;
        int top1 = 0;
        int top3 = 0;
        int framework = 0;
        for (LabelledCorpus.LabelledDocument document : documents) {
            Map<String, TaggedStatement> byHash = new HashMap<>();
            for (TaggedStatement statement : tagger.tag(document.document())) {
                byHash.putIfAbsent(SentenceHash.of(statement.sentence().text()), statement);
            }
            for (LabelledStatement gold : document.gold().values()) {
                TaggedStatement predicted = byHash.get(gold.sentenceHash());
                if (predicted == null) {
                    continue;
                }
                found++;
                confusion.add(gold.label(), predicted.tag().label());
                StatementTag tag = predicted.tag();
                if (tag.label() == Label.STRENGTH || tag.label() == Label.IMPROVEMENT) {
                    calibration.add(tag.confidence(), tag.label() == gold.label());
                }
                if (tag.label() == Label.IMPROVEMENT && tag.confidence() >= Matchable.MIN_CONFIDENCE && tag.standsAlone()) {
                    needs.add(gold.label(), tag.label());
                    if (document.document().grades().get(Judgement.OVERALL_EFFECTIVENESS).orElse(null) == Grade.OUTSTANDING) {
                        outstandingNeeds.add(gold.label(), tag.label());
                    }
                }
                boolean wrongTheme = !gold.themes().isEmpty()
                        && (predicted.tag().themes().isEmpty() || !predicted.tag().themes().get(0).equals(gold.themes().get(0)));
                if (errors != null && (gold.label() != predicted.tag().label() || wrongTheme)) {
                    errors.println(String.join("\t", gold.label().id(), predicted.tag().label().id(),
                            String.join(",", gold.themes()), String.join(",", predicted.tag().themes()),
                            predicted.section().heading(), predicted.sentence().text(), String.join(" | ", predicted.tag().cues())));
                }
                if (gold.themes().isEmpty()) {
                    continue;
                }
                themed++;
                List<String> themes = predicted.tag().themes();
                String primary = gold.themes().get(0);
                top1 += !themes.isEmpty() && themes.get(0).equals(primary) ? 1 : 0;
                top3 += themes.subList(0, Math.min(3, themes.size())).contains(primary) ? 1 : 0;
                List<String> goldFramework = taxonomy.byId(primary).map(Theme::framework).orElse(List.of());
                framework += predicted.tag().framework().stream().anyMatch(goldFramework::contains) ? 1 : 0;
            }
        }

        out.printf("dev set: %,d labelled statements in %d reports; %,d found in the current splitting (%.1f%%)%n%n",
                rows.size(), documents.size(), found, 100.0 * found / Math.max(1, rows.size()));
        out.printf("%-12s %9s %7s %6s %8s%n", "label", "precision", "recall", "f1", "support");
        for (Label label : Label.values()) {
            out.printf("%-12s %9.3f %7.3f %6.3f %8d%n", label.id(), confusion.precision(label), confusion.recall(label),
                    confusion.f1(label), confusion.support(label));
        }
        out.println();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("macro_f1", confusion.macroF1(MACRO_LABELS));
        metrics.put("improvement_precision", confusion.precision(Label.IMPROVEMENT));
        metrics.put("strength_precision", confusion.precision(Label.STRENGTH));
        metrics.put("improvement_recall", confusion.recall(Label.IMPROVEMENT));
        // A need is right when the statement is an improvement, or mixed (it names a weakness too).
        metrics.put("need_precision", acceptedAsNeeds(needs));
        if (outstandingNeeds.total() > 0) {
            metrics.put("outstanding_need_precision", acceptedAsNeeds(outstandingNeeds));
        }
        metrics.put("calibration_error", calibration.expectedError());
        metrics.put("theme_top1", (double) top1 / Math.max(1, themed));
        metrics.put("theme_top3", (double) top3 / Math.max(1, themed));
        metrics.put("framework_accuracy", (double) framework / Math.max(1, themed));
        boolean ok = true;
        for (Map.Entry<String, Double> metric : metrics.entrySet()) {
            String key = name + "." + metric.getKey();
            String verdict = expectations.verdict(key, metric.getValue());
            ok &= expectations.passes(key, metric.getValue());
            out.printf("%-20s %6.3f   %s%n", metric.getKey(), metric.getValue(), verdict);
        }
        out.printf("(macro-F1 over strength, improvement, neutral; themes and framework over the %,d statements with gold themes)%n%n", themed);
        out.println("calibration of strength and improvement labels (calibration_error: the bins' gaps, weighted)");
        calibration.print(out);
        out.println();
        out.println("confusion matrix (rows: gold, columns: predicted)");
        out.printf("%-12s", "");
        for (Label label : Label.values()) {
            out.printf(" %11s", label.id());
        }
        out.println();
        for (Label gold : Label.values()) {
            out.printf("%-12s", gold.id());
            for (Label predicted : Label.values()) {
                out.printf(" %11d", confusion.count(gold, predicted));
            }
            out.println();
        }
        return ok;
    }

    private static double acceptedAsNeeds(Confusion needs) {
        double right = needs.count(Label.IMPROVEMENT, Label.IMPROVEMENT) + needs.count(Label.MIXED, Label.IMPROVEMENT);
        return right / Math.max(1, needs.total());
    }
}
