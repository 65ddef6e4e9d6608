package uk.sli.tag;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import uk.sli.model.Label;

/**
 * Trains the label and theme classifiers (OpenNLP document categorizers) from the project's own
 * training set and writes them with their provenance. {@code scripts/train.sh} runs this.
 */
public final class TaggerTrainer {

    /**
     * Maxent trained by L-BFGS with L1 and L2 penalties: on the dev set, macro-F1 0.921 against 0.911
     * for GIS (OpenNLP's default maxent trainer) on the same features; penalties, iterations and
     * cutoff were chosen from a few settings that differed by at most 0.005.
     */
    static final String ALGORITHM = "MAXENT_QN";
    static final int ITERATIONS = 100;
    static final int CUTOFF = 2;
    static final double L1_COST = 0.1;
    static final double L2_COST = 1.0;

    public static TaggerModels train(TrainingSet set) throws IOException {
        Words words = Words.forThisThread();
        List<DocumentSample> labelSamples = new ArrayList<>();
        List<DocumentSample> themeSamples = new ArrayList<>();
        List<DocumentSample> aloneSamples = new ArrayList<>();
        for (TrainingSet.Example example : set.examples()) {
            List<String> stems = words.stems(FrameworkTags.strip(example.text()));
            labelSamples.add(new DocumentSample(example.label().id(), Features.forLabel(stems, example.context(),
                    words.stems(FrameworkTags.strip(example.context().previous())), words.stems(example.context().leadIn()))));
            if (example.alone() != null) {
                aloneSamples.add(new DocumentSample(example.alone() ? StandAlone.YES : StandAlone.NO,
                        Features.forStandingAlone(stems, example.context())));
            }
            if (!example.themes().isEmpty()) {
                themeSamples.add(new DocumentSample(example.themes().get(0), Features.forThemes(stems)));
            }
        }
        DoccatModel label = train(labelSamples);
        DoccatModel theme = train(themeSamples);
        DoccatModel alone = aloneSamples.isEmpty() ? null : train(aloneSamples);
        TrainingSet written = set.written();
        ThemeExemplars exemplars = ThemeExemplars.embed(written);
        long exemplarCount = written.examples().stream().filter(e -> !e.themes().isEmpty()).count();
        Properties provenance = provenance(set, labelSamples.size(), themeSamples.size(), aloneSamples.size(), exemplarCount);
        return new TaggerModels(label, theme, alone, exemplars, provenance);
    }

    /** The written training set and the real labelled sentences, read through the ingest pipeline. */
    public static TrainingSet read(Path written, Path labels, Path corpus) throws IOException {
        List<LabelledStatement> rows = LabelledStatement.read(labels);
        System.err.printf("reading %,d labelled sentences of %d files from %s%n", rows.size(),
                rows.stream().map(LabelledStatement::file).distinct().count(), corpus);
        return TrainingSet.read(written).with(LabelledCorpus.read(rows, corpus));
    }

    private static DoccatModel train(List<DocumentSample> samples) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 2);
        parameters.put("L1Cost", L1_COST);
        parameters.put("L2Cost", L2_COST);
        // Features are built by Features.of; the factory only has to treat each as one "word".
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, factory);
    }

    private static Properties provenance(TrainingSet set, int labelled, int themed, int judgedAlone, long exemplars) {
        Properties p = new Properties();
        p.setProperty("trained", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        p.setProperty("training.sha256", set.sha256());
        p.setProperty("training.examples", Integer.toString(labelled));
        p.setProperty("training.themed", Integer.toString(themed));
        p.setProperty("training.alone", Integer.toString(judgedAlone));
        p.setProperty("exemplars", exemplars + " themed written statements embedded with all-MiniLM-L6-v2 (quantised), "
                + ThemeExemplars.NEIGHBOURS + " nearest vote");
        Map<Label, Integer> byLabel = new EnumMap<>(Label.class);
        set.examples().forEach(e -> byLabel.merge(e.label(), 1, Integer::sum));
        p.setProperty("training.real", Long.toString(set.examples().stream().filter(e -> e.context() != StatementContext.NONE).count()));
        byLabel.forEach((label, n) -> p.setProperty("training.label." + label.id(), Integer.toString(n)));
        p.setProperty("algorithm", ALGORITHM);
        p.setProperty("iterations", Integer.toString(ITERATIONS));
        p.setProperty("cutoff", Integer.toString(CUTOFF));
        p.setProperty("l1", Double.toString(L1_COST));
        p.setProperty("l2", Double.toString(L2_COST));
        p.setProperty("features", "stems, stem bigrams, negation scope, short-statement flag, opening words, section role and grade, paragraph kind, register (with register copies of the stems), overall grade, cues of the sentence before, a list item's lead-in");
        return p;
    }

    /**
     * Usage: TaggerTrainer TRAINING_DIR LABELS_DIR CORPUS_DIR OUTPUT_DIR: the written statements of
     * TRAINING_DIR and the hand-labelled real sentences of LABELS_DIR, whose text is read from CORPUS_DIR.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: TaggerTrainer TRAINING_DIR LABELS_DIR CORPUS_DIR OUTPUT_DIR");
            System.exit(2);
        }
        TrainingSet set = read(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        TaggerModels models = train(set);
        models.provenance().setProperty("labels.sha256", TrainingSet.sha256(Path.of(args[1])));
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        try (OutputStream label = Files.newOutputStream(out.resolve(TaggerModels.LABEL_MODEL));
             OutputStream theme = Files.newOutputStream(out.resolve(TaggerModels.THEME_MODEL));
             OutputStream alone = Files.newOutputStream(out.resolve(TaggerModels.ALONE_MODEL));
             OutputStream exemplars = new BufferedOutputStream(Files.newOutputStream(out.resolve(TaggerModels.THEME_EXEMPLARS)));
             OutputStream properties = Files.newOutputStream(out.resolve(TaggerModels.PROVENANCE))) {
            models.label().serialize(label);
            models.theme().serialize(theme);
            models.alone().orElseThrow(() -> new IOException("no statement judged for standing alone in " + args[1]))
                    .serialize(alone);
            models.exemplars().write(exemplars);
            models.provenance().store(properties, "Provenance of the statement classifiers (scripts/train.sh)");
        }
        System.err.printf("trained on %d statements (sha256 %s) -> %s%n",
                set.examples().size(), set.sha256().substring(0, 12), out);
    }
}
