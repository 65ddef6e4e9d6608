package uk.sli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import uk.sli.model.Label;
import uk.sli.model.StatementTag;
import uk.sli.tag.TaggedStatement;

/** Writes tagged statements: one JSON object per statement, or readable text with the deciding cue. */
public final class TagReport {

    private final Terminal terminal;

    public TagReport(Terminal terminal) {
        this.terminal = terminal;
    }

    /** {@code sli tag}: a document's statements in order. */
    public void document(List<TaggedStatement> statements, OutputFormat format, PrintWriter out) {
        String section = null;
        for (TaggedStatement s : statements) {
            if (format == OutputFormat.json) {
                ObjectNode node = json(s.sentence().text(), s.tag());
                if (s.sentence().page() > 0) {
                    node.put("page", s.sentence().page());
                } else {
                    node.putNull("page");
                }
                node.put("paragraph", s.paragraph().number());
                node.put("section", s.section().heading());
                out.println(Json.line(node));
                continue;
            }
            if (!s.section().heading().equals(section)) {
                section = s.section().heading();
                out.println();
                out.println(terminal.bold(section.isEmpty() ? "(before the first heading)" : section));
            }
            out.println(line(s.sentence().text(), s.tag())
                    + terminal.dim(s.sentence().page() > 0 ? "  p. " + s.sentence().page() : ""));
        }
        out.flush();
    }

    /** {@code sli classify}: one result per input statement, in order. */
    public void statement(String text, StatementTag tag, OutputFormat format, PrintWriter out) {
        out.println(format == OutputFormat.json ? Json.line(json(text, tag)) : line(text, tag));
        out.flush();
    }

    private String line(String text, StatementTag tag) {
        String label = String.format(Locale.ROOT, "%-11s %.2f", tag.label().id(), tag.confidence());
        String themes = tag.themes().isEmpty() ? "" : "  [" + String.join(", ", tag.themes())
                + (tag.framework().isEmpty() ? "" : "; " + String.join(" ", tag.framework())) + "]";
        String why = tag.cues().isEmpty() ? "" : "  \u2190 " + tag.cues().get(0);
        return colour(tag.label(), label) + "  " + text + terminal.dim(themes + why);
    }

    private String colour(Label label, String text) {
        return switch (label) {
            case STRENGTH -> terminal.green(text);
            case IMPROVEMENT -> terminal.red(text);
            case MIXED -> terminal.yellow(text);
            case NEUTRAL -> terminal.dim(text);
        };
    }

    /** One tagged statement as {@code sli classify --format json} and the web API write it. */
    public static ObjectNode json(String text, StatementTag tag) {
        ObjectNode node = Json.object();
        node.put("text", text);
        node.put("label", tag.label().id());
        node.put("confidence", tag.confidence());
        ArrayNode themes = node.putArray("themes");
        tag.themes().forEach(themes::add);
        ArrayNode framework = node.putArray("framework");
        tag.framework().forEach(framework::add);
        ArrayNode cues = node.putArray("cues");
        tag.cues().forEach(cues::add);
        return node;
    }
}
