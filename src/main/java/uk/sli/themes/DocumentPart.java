package uk.sli.themes;

import java.util.List;
import java.util.Locale;
import uk.sli.model.Paragraph;
import uk.sli.model.Section;

/**
 * A named part of a document, such as "Appendix 3": from the section headed by the name to the next
 * heading of the same kind ("Appendix 4"), or the end. Statements are numbered in document order,
 * so a part is a range of statement ordinals.
 */
final class DocumentPart {

    private DocumentPart() {
    }

    /** The ordinals [from, to) of the part's statements; from == to when the document has no such part. */
    static int[] ordinals(List<Section> sections, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        String kind = wanted.split("\\s+")[0];
        int ordinal = 0;
        int from = -1;
        for (Section section : sections) {
            String heading = section.heading().strip().toLowerCase(Locale.ROOT);
            if (from < 0 && startsWithWord(heading, wanted)) {
                from = ordinal;
            } else if (from >= 0 && startsWithWord(heading, kind) && !startsWithWord(heading, wanted)) {
                return new int[] {from, ordinal};
            }
            for (Paragraph paragraph : section.paragraphs()) {
                ordinal += paragraph.sentences().size();
            }
        }
        return from < 0 ? new int[] {0, 0} : new int[] {from, ordinal};
    }

    /** "appendix 3" starts "appendix 3: outputs" but not "appendix 30". */
    private static boolean startsWithWord(String text, String prefix) {
        return text.startsWith(prefix)
                && (text.length() == prefix.length() || !Character.isLetterOrDigit(text.charAt(prefix.length())));
    }
}
