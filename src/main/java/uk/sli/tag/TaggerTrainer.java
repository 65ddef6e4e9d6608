package uk.sli.tag;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Maxent: measured against naive Bayes on the dev set (see the README); iterations and cutoff likewise. */
    static final String ALGORITHM = "MAXENT";
    static final int ITERATIONS = 100;
    static final int CUTOFF = 2;

    public static TaggerModels train(TrainingSet set) throws IOException {
        Words words = Words.forThisThread();
        List<DocumentSample> labelSamples = new ArrayList<>();
        List<DocumentSample> themeSamples = new ArrayList<>();
        for (TrainingSet.Example example : set.examples()) {
            List<String> stems = words.stems(FrameworkTags.strip(example.text()));
            labelSamples.add(new DocumentSample(example.label().id(), Features.of(stems)));
            if (!example.themes().isEmpty()) {
                themeSamples.add(new DocumentSample(example.themes().get(0), Features.forThemes(stems)));
            }
        }
        DoccatModel label = train(labelSamples);
        DoccatModel theme = train(themeSamples);
        ThemeExemplars exemplars = ThemeExemplars.embed(set);
        return new TaggerModels(label, theme, exemplars, provenance(set, labelSamples.size(), themeSamples.size()));
    }

    private static DoccatModel train(List<DocumentSample> samples) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        // Features are built by Features.of; the factory only has to treat each as one "word".
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
        return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), parameters, factory);
    }

    private static Properties provenance(TrainingSet set, int labelled, int themed) {
        Properties p = new Properties();
        p.setProperty("training.sha256", set.sha256());
        p.setProperty("training.examples", Integer.toString(labelled));
        p.setProperty("training.themed", Integer.toString(themed));
        Map<Label, Integer> byLabel = new EnumMap<>(Label.class);
        set.examples().forEach(e -> byLabel.merge(e.label(), 1, Integer::sum));
        byLabel.forEach((label, n) -> p.setProperty("training.label." + label.id(), Integer.toString(n)));
        p.setProperty("algorithm", ALGORITHM);
        p.setProperty("iterations", Integer.toString(ITERATIONS));
        p.setProperty("cutoff", Integer.toString(CUTOFF));
        p.setProperty("features", "stems, stem bigrams, negation scope, short-statement flag");
        p.setProperty("exemplars", themed + " themed statements embedded with all-MiniLM-L6-v2 (quantised), "
                + ThemeExemplars.NEIGHBOURS + " nearest vote");
        return p;
    }

    /** Usage: TaggerTrainer TRAINING_DIR OUTPUT_DIR */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TaggerTrainer TRAINING_DIR OUTPUT_DIR");
            System.exit(2);
        }
        TrainingSet set = TrainingSet.read(Path.of(args[0]));
        TaggerModels models = train(set);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try (OutputStream label = Files.newOutputStream(out.resolve(TaggerModels.LABEL_MODEL));
             OutputStream theme = Files.newOutputStream(out.resolve(TaggerModels.THEME_MODEL));
             OutputStream exemplars = new BufferedOutputStream(Files.newOutputStream(out.resolve(TaggerModels.THEME_EXEMPLARS)));
             OutputStream properties = Files.newOutputStream(out.resolve(TaggerModels.PROVENANCE))) {
            models.label().serialize(label);
            models.theme().serialize(theme);
            models.exemplars().write(exemplars);
            models.provenance().store(properties, "Provenance of the statement classifiers (scripts/train.sh)");
        }
        System.err.printf("trained on %d statements (sha256 %s) -> %s%n",
                set.examples().size(), set.sha256().substring(0, 12), out);
    }
}
