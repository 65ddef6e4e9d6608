package uk.sli.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events (for HTML, DOCX, ODT, RTF...) into lines: one line per block element,
 * keeping heading levels and list items, so these formats reach the structure parser with the same
 * hints a PDF's layout gives.
 */
final class MarkupLineHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "br", "title",
            "blockquote", "pre", "dt", "dd");
    /** Markup whose text is never part of the document's prose. */
    private static final Set<String> IGNORED = Set.of("script", "style", "head");

    private final List<TextLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private int chars;
    private int headingLevel;
    private boolean listItem;
    private int ignoredDepth;

    MarkupLineHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    List<TextLine> lines() {
        flush();
        return List.copyOf(lines);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.toLowerCase(Locale.ROOT);
        if (IGNORED.contains(name)) {
            ignoredDepth++;
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                headingLevel = name.charAt(1) - '0';
            }
            if (name.equals("li")) {
                listItem = true;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.toLowerCase(Locale.ROOT);
        if (IGNORED.contains(name)) {
            ignoredDepth--;
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
            if (name.equals("li")) {
                listItem = false;
            } else if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                headingLevel = 0;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (ignoredDepth > 0 || chars >= maxChars) {
            return;
        }
        int take = Math.min(length, maxChars - chars);
        text.append(ch, start, take);
        chars += take;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flush() {
        String line = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!line.isEmpty()) {
            lines.add(new TextLine(line, 0, false, true, headingLevel, listItem));
        }
        text.setLength(0);
    }
}
