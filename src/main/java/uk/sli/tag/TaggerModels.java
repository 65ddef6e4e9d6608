package uk.sli.tag;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import opennlp.tools.doccat.DoccatModel;

/**
 * The trained statement classifiers shipped with sli (built by {@code scripts/train.sh} from
 * {@code data/training}), loaded once, with their provenance. Models are immutable and shared;
 * the categorizers built from them are per thread.
 */
public final class TaggerModels {

    static final String LABEL_MODEL = "label-model.bin";
    static final String THEME_MODEL = "theme-model.bin";
    static final String ALONE_MODEL = "alone-model.bin";
    static final String THEME_EXEMPLARS = "theme-exemplars.bin";
    static final String PROVENANCE = "models.properties";
    private static volatile TaggerModels shipped;

    private final DoccatModel label;
    private final DoccatModel theme;
    private final DoccatModel alone;
    private final ThemeExemplars exemplars;
    private final Properties provenance;

    /** @param alone the stand-alone classifier, or null when the training set judged no statement for it */
    public TaggerModels(DoccatModel label, DoccatModel theme, DoccatModel alone, ThemeExemplars exemplars,
                        Properties provenance) {
        this.label = label;
        this.theme = theme;
        this.alone = alone;
        this.exemplars = exemplars;
        this.provenance = provenance;
    }

    /** The models in the jar; fails clearly when they have not been trained. */
    public static TaggerModels shipped() {
        if (shipped == null) {
            synchronized (TaggerModels.class) {
                if (shipped == null) {
                    shipped = new TaggerModels(model(LABEL_MODEL), model(THEME_MODEL), model(ALONE_MODEL), readExemplars(),
                            readProvenance());
                }
            }
        }
        return shipped;
    }

    public DoccatModel label() {
        return label;
    }

    public DoccatModel theme() {
        return theme;
    }

    /** Whether a judgement can be read without the sentences around it ({@link StandAlone}). */
    public Optional<DoccatModel> alone() {
        return Optional.ofNullable(alone);
    }

    /** The embedded training statements whose nearest neighbours vote on a statement's themes. */
    public ThemeExemplars exemplars() {
        return exemplars;
    }

    /**
     * What tells two sets of models apart: when they were trained and on what (the start of both
     * training-data hashes); features or parameters can change with the same data.
     */
    public String version() {
        return provenance.getProperty("trained", "?") + "+" + provenance.getProperty("training.sha256", "?").substring(0, 12)
                + "+" + provenance.getProperty("labels.sha256", "none").substring(0, 12);
    }

    /** Version, training-data hash, counts and parameters the models were built with. */
    public Properties provenance() {
        return provenance;
    }

    private static DoccatModel model(String name) {
        try (InputStream in = TaggerModels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("tagging model " + name + " is missing: run scripts/train.sh");
            }
            return new DoccatModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tagging model " + name, e);
        }
    }

    private static ThemeExemplars readExemplars() {
        try (InputStream in = TaggerModels.class.getResourceAsStream(THEME_EXEMPLARS)) {
            if (in == null) {
                throw new IllegalStateException("tagging model " + THEME_EXEMPLARS + " is missing: run scripts/train.sh");
            }
            return ThemeExemplars.read(new BufferedInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tagging model " + THEME_EXEMPLARS, e);
        }
    }

    private static Properties readProvenance() {
        Properties properties = new Properties();
        try (InputStream in = TaggerModels.class.getResourceAsStream(PROVENANCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROVENANCE, e);
        }
        return properties;
    }
}
