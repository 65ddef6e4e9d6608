package uk.sli.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sli.model.Label;

class TaggerTrainerTest {

    @Test
    void shippedModelsWereTrainedOnTheCurrentTrainingSet() throws IOException {
        TrainingSet set = TrainingSet.read(Path.of("data/training"));
        assertEquals(set.sha256(), TaggerModels.shipped().provenance().getProperty("training.sha256"),
                "data/training changed since the models were built: run scripts/train.sh");
        assertEquals(TrainingSet.sha256(Path.of("data/labels")), TaggerModels.shipped().provenance().getProperty("labels.sha256"),
                "data/labels changed since the models were built: run scripts/train.sh");
    }

    @Test
    void trainsModelsThatSeparateTheLabelsTheyWereShown() throws IOException {
        List<TrainingSet.Example> examples = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            examples.add(new TrainingSet.Example(Label.STRENGTH, List.of("front-door"), "Referrals are handled swiftly and well " + i));
            examples.add(new TrainingSet.Example(Label.IMPROVEMENT, List.of("care-leavers"), "Pathway plans are too often late and weak " + i));
            examples.add(new TrainingSet.Example(Label.NEUTRAL, List.of(), "Inspectors met staff on site visit " + i));
        }
        TaggerModels models = TaggerTrainer.train(new TrainingSet(examples, "test"));
        StatementTagger tagger = new StatementTagger(models, Taxonomy.standard());

        assertEquals(Label.STRENGTH, tagger.tag("Referrals are handled swiftly.", StatementContext.NONE).label());
        assertEquals(Label.IMPROVEMENT, tagger.tag("Pathway plans are weak and late.", StatementContext.NONE).label());
        assertEquals("care-leavers", tagger.tag("Pathway plans are weak and late.", StatementContext.NONE).themes().get(0));
    }
}
