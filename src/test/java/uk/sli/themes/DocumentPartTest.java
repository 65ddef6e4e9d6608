package uk.sli.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.sli.model.Paragraph;
import uk.sli.model.Section;
import uk.sli.model.Sentence;

class DocumentPartTest {

    private static Section section(String heading, int sentences) {
        List<Sentence> list = IntStream.range(0, sentences).mapToObj(i -> new Sentence("s" + i, 0)).toList();
        return new Section(heading, 1, 0, List.of(new Paragraph(Paragraph.Kind.TEXT, null, 0, "text", list)));
    }

    private final List<Section> plan = List.of(section("Introduction", 4), section("Appendix 3", 1),
            section("Data", 2), section("Workforce", 3), section("Appendix 30 (not 3)", 2), section("Appendix 4", 5));

    @Test
    void aPartRunsToTheNextHeadingOfItsKind() {
        assertArrayEquals(new int[] {4, 10}, DocumentPart.ordinals(plan, "appendix 3"));
        assertArrayEquals(new int[] {12, 17}, DocumentPart.ordinals(plan, "Appendix 4"));
        assertArrayEquals(new int[] {0, 0}, DocumentPart.ordinals(plan, "Appendix 9"));
    }
}
