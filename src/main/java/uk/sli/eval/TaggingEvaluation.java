package uk.sli.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sli.extract.ExtractionLimits;
import uk.sli.extract.TextExtractor;
import uk.sli.ingest.Ingester;
import uk.sli.model.Document;
import uk.sli.model.Label;
import uk.sli.tag.DocumentTagger;
import uk.sli.tag.Taxonomy;
import uk.sli.tag.Theme;
import uk.sli.tag.TaggedStatement;
import uk.sli.understand.DocumentReader;
import uk.sli.understand.Gazetteer;

/**
 * Measures the tagger on the hand-labelled dev set: the real reports are read from the shared
 * corpus through the same pipeline as ingest, each labelled sentence is found by its hash, and the
 * metrics are printed beside their expected values. {@code scripts/eval.sh} runs this.
 */
public final class TaggingEvaluation {

    static final List<Label> MACRO_LABELS = List.of(Label.STRENGTH, Label.IMPROVEMENT, Label.NEUTRAL);

    /**
     * Usage: TaggingEvaluation DEV_DIR CORPUS_DIR EXPECTED_PROPERTIES [ERRORS_TSV]. The optional
     * errors file lists each wrongly labelled statement with its text, for error analysis: it holds
     * real sentences, so keep it outside the project.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: TaggingEvaluation DEV_DIR CORPUS_DIR EXPECTED_PROPERTIES [ERRORS_TSV]");
            System.exit(2);
        }
        try (PrintStream errors = args.length == 4 ? new PrintStream(args[3], StandardCharsets.UTF_8) : null) {
            boolean ok = run(Path.of(args[0]), Path.of(args[1]), new Expectations(Path.of(args[2])), System.out, errors);
            System.exit(ok ? 0 : 1);
        }
    }

    static boolean run(Path devDir, Path corpus, Expectations expectations, PrintStream out, PrintStream errors)
            throws Exception {
        List<LabelledStatement> rows = DevSet.read(devDir);
        Map<String, List<LabelledStatement>> byFile = new LinkedHashMap<>();
        rows.forEach(row -> byFile.computeIfAbsent(row.file(), f -> new ArrayList<>()).add(row));

        TextExtractor extractor = new TextExtractor(ExtractionLimits.DEFAULT);
        DocumentReader reader = new DocumentReader(Gazetteer.standard());
        DocumentTagger tagger = new DocumentTagger();
        Taxonomy taxonomy = Taxonomy.standard();
        Confusion confusion = new Confusion();
        int found = 0;
        int themed = 0;
        int top1 = 0;
        int top3 = 0;
        int framework = 0;
        for (Map.Entry<String, List<LabelledStatement>> entry : byFile.entrySet()) {
            Path file = corpus.resolve(entry.getKey()).toAbsolutePath().normalize();
            Document document = reader.read(Ingester.documentId(file), file.toString(), "", extractor.extract(file));
            Map<String, TaggedStatement> byHash = new HashMap<>();
            for (TaggedStatement statement : tagger.tag(document)) {
                byHash.putIfAbsent(SentenceHash.of(statement.sentence().text()), statement);
            }
            for (LabelledStatement gold : entry.getValue()) {
                TaggedStatement predicted = byHash.get(gold.sentenceHash());
                if (predicted == null) {
                    continue;
                }
                found++;
                confusion.add(gold.label(), predicted.tag().label());
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
                rows.size(), byFile.size(), found, 100.0 * found / Math.max(1, rows.size()));
        out.printf("%-12s %9s %7s %6s %8s%n", "label", "precision", "recall", "f1", "support");
        for (Label label : Label.values()) {
            out.printf("%-12s %9.3f %7.3f %6.3f %8d%n", label.id(), confusion.precision(label), confusion.recall(label),
                    confusion.f1(label), confusion.support(label));
        }
        out.println();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("macro_f1", confusion.macroF1(MACRO_LABELS));
        metrics.put("theme_top1", (double) top1 / Math.max(1, themed));
        metrics.put("theme_top3", (double) top3 / Math.max(1, themed));
        metrics.put("framework_accuracy", (double) framework / Math.max(1, themed));
        boolean ok = true;
        for (Map.Entry<String, Double> metric : metrics.entrySet()) {
            String verdict = expectations.verdict(metric.getKey(), metric.getValue());
            ok &= expectations.passes(metric.getKey(), metric.getValue());
            out.printf("%-20s %6.3f   %s%n", metric.getKey(), metric.getValue(), verdict);
        }
        out.printf("(macro-F1 over strength, improvement, neutral; themes and framework over the %,d statements with gold themes)%n%n", themed);
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
}
