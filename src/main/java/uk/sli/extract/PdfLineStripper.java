package uk.sli.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, collecting lines with their font size, weight and vertical position
 * instead of one flat string, so that headers, footnotes, headings and paragraph breaks can be
 * told apart later. Not thread-safe: one instance per document.
 */
final class PdfLineStripper extends PDFTextStripper {

    /** Superscript footnote markers are set much smaller than the text they follow. */
    private static final float SUPERSCRIPT_RATIO = 0.75f;
    /** A gap between baselines above this many font sizes reads as a paragraph break. */
    private static final float PARAGRAPH_GAP = 1.6f;

    private final List<Page> pages = new ArrayList<>();
    private List<TextLine> lines;
    private final StringBuilder text = new StringBuilder();
    /** Font size of each character of {@link #text}; -1 for word separators. */
    private float[] charSizes = new float[256];
    /** Font name lookups are slow in PDFBox and a document uses a handful of fonts. */
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private int boldChars;
    private float lineY = Float.NaN;
    private float previousY = Float.NaN;
    private float previousSize;

    PdfLineStripper() throws IOException {
        // Overlapping duplicate glyphs (fake bold) are rare in these reports and the check is costly.
        setSuppressDuplicateOverlappingText(false);
        setSortByPosition(false);
    }

    List<Page> extract(PDDocument document) throws IOException {
        pages.clear();
        getText(document);
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) {
        lines = new ArrayList<>();
        previousY = Float.NaN;
    }

    @Override
    protected void endPage(PDPage page) {
        finishLine();
        pages.add(new Page(getCurrentPageNo(), lines));
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        boolean perChar = string.length() == positions.size();
        for (int i = 0; i < string.length(); i++) {
            TextPosition position = positions.get(perChar ? i : Math.min(i, positions.size() - 1));
            appendChar(string.charAt(i), position.getFontSizeInPt());
            if (isBold(position)) {
                boldChars++;
            }
            if (Float.isNaN(lineY)) {
                lineY = position.getYDirAdj();
            }
        }
    }

    @Override
    protected void writeWordSeparator() {
        appendChar(' ', -1f);
    }

    private void appendChar(char c, float size) {
        if (text.length() == charSizes.length) {
            charSizes = Arrays.copyOf(charSizes, charSizes.length * 2);
        }
        charSizes[text.length()] = size;
        text.append(c);
    }

    @Override
    protected void writeLineSeparator() {
        finishLine();
    }

    private void finishLine() {
        float size = dominantSize();
        // No-break spaces survive String.strip(), and some reports indent bullets with them.
        String line = dropSuperscriptDigits(size).replace('\u00a0', ' ').strip();
        if (!line.isEmpty()) {
            boolean gap = !Float.isNaN(previousY)
                    && Math.abs(lineY - previousY) > PARAGRAPH_GAP * Math.max(size, previousSize);
            lines.add(new TextLine(line, size, boldChars * 2 > line.length(), gap, 0, false));
            previousY = lineY;
            previousSize = size;
        }
        text.setLength(0);
        boldChars = 0;
        lineY = Float.NaN;
    }

    /** Removes footnote reference numbers ("Board¹", "improve?¹") that would otherwise glue onto words. */
    private String dropSuperscriptDigits(float size) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean superscript = Character.isDigit(c) && charSizes[i] > 0
                    && charSizes[i] < SUPERSCRIPT_RATIO * size && i > 0
                    && !Character.isWhitespace(text.charAt(i - 1));
            if (!superscript) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private float dominantSize() {
        // The most frequent size; ties go to the larger so that a heading with a small marker keeps its size.
        Map<Float, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            if (charSizes[i] > 0) {
                counts.merge(charSizes[i], 1, Integer::sum);
            }
        }
        float best = 0;
        int bestCount = 0;
        for (Map.Entry<Float, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private boolean isBold(TextPosition position) {
        PDFont font = position.getFont();
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            return name.contains("bold") || name.contains("black") || name.contains("heavy");
        });
    }
}
