package uk.sli.tag;

import java.util.ArrayList;
import java.util.List;
import uk.sli.model.Document;
import uk.sli.model.Label;
import uk.sli.model.Paragraph;
import uk.sli.model.Section;
import uk.sli.model.Sentence;
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

    public List<TaggedStatement> tag(Document document) {
        boolean enabled = mode != Mode.UNTAGGED;
        StatementTagger tagger = enabled ? StatementTagger.forThisThread() : null;
        List<TaggedStatement> tagged = new ArrayList<>();
        for (Section section : document.sections()) {
            SectionRole role = SectionRole.of(section.heading());
            for (Paragraph paragraph : section.paragraphs()) {
                StatementContext context = new StatementContext(section.heading(), role, paragraph.kind());
                for (Sentence sentence : paragraph.sentences()) {
                    StatementTag tag = enabled ? tagger.tag(sentence.text(), context, mode == Mode.EMBEDDED) : NOT_TAGGED;
                    if (isDetachedFrameworkReference(tag) && !tagged.isEmpty()) {
                        giveFrameworkToPrevious(tagged, tag.framework());
                    }
                    tagged.add(new TaggedStatement(section, paragraph, sentence, tag));
                }
            }
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
                framework, cues, old.embedding());
        tagged.set(tagged.size() - 1, new TaggedStatement(previous.section(), previous.paragraph(), previous.sentence(), updated));
    }
}
