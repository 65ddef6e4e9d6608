package uk.sli.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningTextFilterTest {

    private static TextLine line(String text, float size) {
        return new TextLine(text, size, false, false, 0, false);
    }

    private static Page page(int number, String... body) {
        List<TextLine> lines = new ArrayList<>();
        if (number > 1) {
            lines.add(line("Inspection of Wealdmoor Council children's services", 10));
            lines.add(line("3 to 14 March 2025", 10));
        }
        for (String text : body) {
            lines.add(line(text, 12));
        }
        lines.add(line(Integer.toString(number), 10));
        return new Page(number, lines);
    }

    private static List<String> texts(Page page) {
        return page.lines().stream().map(TextLine::text).toList();
    }

    @Test
    void removesRunningHeadersAndPageNumbersButKeepsTheTitle() {
        List<Page> pages = List.of(
                new Page(1, List.of(line("Inspection of Wealdmoor Council children's services", 20),
                        line("Inspection dates: 3 to 14 March 2025", 12), line("Leaders are ambitious.", 12), line("1", 10))),
                page(2, "Early help is strong.", "Plans are clear."),
                page(3, "Caseloads are manageable."),
                page(4, "Care leavers are well supported."));

        List<Page> cleaned = new RunningTextFilter().clean(pages);

        assertEquals(List.of("Inspection of Wealdmoor Council children's services", "Inspection dates: 3 to 14 March 2025",
                "Leaders are ambitious."), texts(cleaned.get(0)));
        assertEquals(List.of("Early help is strong.", "Plans are clear."), texts(cleaned.get(1)));
        assertEquals(List.of("Caseloads are manageable."), texts(cleaned.get(2)));
    }

    @Test
    void dropsFootnoteBodiesSetInSmallerType() {
        Page withFootnote = new Page(1, List.of(line("The board reviewed its arrangements for children this year.", 12),
                line("Most partners attend its meetings and share what they know.", 12), line("1 The board is the local safeguarding partnership.", 9),
                line("It meets quarterly.", 9)));

        List<Page> cleaned = new RunningTextFilter().clean(List.of(withFootnote));

        assertEquals(List.of("The board reviewed its arrangements for children this year.",
                "Most partners attend its meetings and share what they know."), texts(cleaned.get(0)));
    }
}
