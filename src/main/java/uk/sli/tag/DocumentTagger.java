package uk.sli.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sli.model.Document;
import uk.sli.model.Label;
import uk.sli.model.StatementTag;

/**
 * Tags every statement of a document, in order. Besides what {@link StatementTagger} sees of one
 * statement, it knows the neighbours: Ofsted's framework reference sometimes comes out as an item
 * of its own after the area for improvement it belongs to, and then it is given back to that item.
 */
public final class DocumentTagger {

    /** How far to go. */
    public enum Mode {
        /** Statements pass through untagged (neutral, no themes): an index for full-text search only. */
        UNTAGGED,
        /** Labels, themes and framework, without sentence embeddings: no semantic search or matching. */
        TAGGED,
        /** Tagged, and judgements embedded (their themes then also draw on the nearest training statements). */
        EMBEDDED
    }

    private final Mode mode;

    /** A tagger that tags and embeds. */
    public DocumentTagger() {
        this(Mode.EMBEDDED);
    }

    public DocumentTagger(Mode mode) {
        this.mode = mode;
    }

    /**
     * Bumped when what a statement is or how it is tagged changes other than through the models (how
     * documents are split, structure rules, what stands alone, what is embedded), so that ingest reads
     * and tags existing files again.
     */
    static final int RULES_REVISION = 3;

    /** The mode and, when it tags, the revision of the rules and the version of the models ({@link TaggerModels#version()}). */
    public String version() {
        return mode == Mode.UNTAGGED ? "untagged"
                : mode.name().toLowerCase(Locale.ROOT) + ":r" + RULES_REVISION + ":" + TaggerModels.shipped().version();
    }

    public List<TaggedStatement> tag(Document document) {
        boolean enabled = mode != Mode.UNTAGGED;
        StatementTagger tagger = enabled ? StatementTagger.forThisThread() : null;
        List<TaggedStatement> tagged = new ArrayList<>();
        for (DocumentStatements.Located statement : DocumentStatements.of(document)) {
            StatementTag tag = enabled
                    ? tagger.tag(statement.sentence().text(), statement.context(), mode == Mode.EMBEDDED) : NOT_TAGGED;
            if (isDetachedFrameworkReference(tag) && !tagged.isEmpty()) {
                giveFrameworkToPrevious(tagged, tag.framework());
            }
            tagged.add(new TaggedStatement(statement.section(), statement.paragraph(), statement.sentence(), tag,
                    statement.context().leadIn()));
        }
        return tagged;
    }

    private static final StatementTag NOT_TAGGED =
            new StatementTag(Label.NEUTRAL, 0, List.of(), List.of(), List.of("not tagged (ingest --no-tag)"));

    private static boolean isDetachedFrameworkReference(StatementTag tag) {
        return tag.label() == Label.NEUTRAL && !tag.framework().isEmpty() && tag.themes().isEmpty();
    }

    private static void giveFrameworkToPrevious(List<TaggedStatement> tagged, List<String> framework) {
        TaggedStatement previous = tagged.get(tagged.size() - 1);
        StatementTag old = previous.tag();
        List<String> cues = new ArrayList<>(old.cues());
        cues.add("framework: from the reference that follows");
        StatementTag updated = new StatementTag(Label.IMPROVEMENT, Math.max(old.confidence(), 0.95), old.themes(),
                framework, cues, old.embedding(), old.standsAlone());
        tagged.set(tagged.size() - 1, new TaggedStatement(previous.section(), previous.paragraph(), previous.sentence(), updated,
                previous.leadIn()));
    }
}
