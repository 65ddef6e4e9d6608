package uk.sli.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a page repeats rather than says: running headers and footers, page numbers, and
 * footnote bodies at the foot of a page. Works on pages of lines so that it serves any paged source.
 *
 * <p>A header or footer is a line in the first or last {@value #MARGIN_LINES} lines of a page whose
 * text, with digits masked, recurs in that zone on at least {@value #MIN_SHARE_PERCENT}% of the pages
 * (and on at least two). On the first page, where reports print their title in the same words as
 * the running header of later pages, a repeated line at the top goes only when it is set no larger
 * than body text.
 */
public final class RunningTextFilter {

    static final int MARGIN_LINES = 4;
    static final int MIN_SHARE_PERCENT = 30;
    /** Footnotes are set smaller than body text; this much smaller is enough to tell them apart. */
    private static final float FOOTNOTE_RATIO = 0.9f;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page\\s+)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?|[-–]\\s*\\d{1,4}\\s*[-–]|[ivxlc]{1,6}");
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,2}|\\*|†)\\s*\\S.*");

    public List<Page> clean(List<Page> pages) {
        Set<String> running = runningLines(pages);
        float bodySize = bodyFontSize(pages);
        List<Page> cleaned = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> lines = new ArrayList<>(pages.get(p).lines());
            stripMargins(lines, running, p == 0, bodySize);
            dropFootnotes(lines, bodySize);
            cleaned.add(new Page(pages.get(p).number(), lines));
        }
        return cleaned;
    }

    private static Set<String> runningLines(List<Page> pages) {
        Map<String, Integer> pageCounts = new HashMap<>();
        for (Page page : pages) {
            Set<String> seen = new HashSet<>();
            List<TextLine> lines = page.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (inMargin(i, lines.size())) {
                    seen.add(mask(lines.get(i).text()));
                }
            }
            seen.forEach(key -> pageCounts.merge(key, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() * MIN_SHARE_PERCENT + 99) / 100);
        Set<String> running = new HashSet<>();
        pageCounts.forEach((key, count) -> {
            if (count >= needed) {
                running.add(key);
            }
        });
        return running;
    }

    private static void stripMargins(List<TextLine> lines, Set<String> running, boolean firstPage, float bodySize) {
        // Remove from the top while the top line is running text, then the same from the bottom.
        while (!lines.isEmpty() && (firstPage ? isFirstPageHeader(lines.get(0), running, bodySize)
                : isRunning(lines.get(0), running))) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && isRunning(lines.get(lines.size() - 1), running)) {
            lines.remove(lines.size() - 1);
        }
        if (firstPage) {
            return;
        }
        // A repeated line can sit below a one-off line (e.g. a date under the title header).
        int size = lines.size();
        for (int i = size - 1; i >= 0; i--) {
            if (inMargin(i, size) && running.contains(mask(lines.get(i).text()))) {
                lines.remove(i);
            }
        }
    }

    private static boolean isRunning(TextLine line, Set<String> running) {
        return isPageNumber(line) || running.contains(mask(line.text()));
    }

    /**
     * Page 1 often repeats the running header in the same words as its title. The header is set no
     * larger than body text and the title larger, so only small repeated lines go.
     */
    private static boolean isFirstPageHeader(TextLine line, Set<String> running, float bodySize) {
        boolean smallRepeat = running.contains(mask(line.text())) && line.fontSize() > 0 && line.fontSize() <= bodySize;
        return isPageNumber(line) || smallRepeat;
    }

    private static boolean isPageNumber(TextLine line) {
        return PAGE_NUMBER.matcher(line.text().strip()).matches();
    }

    private static void dropFootnotes(List<TextLine> lines, float bodySize) {
        if (bodySize <= 0) {
            return;
        }
        int start = lines.size();
        while (start > 0 && isSmall(lines.get(start - 1), bodySize)) {
            start--;
        }
        // Only a trailing small block that opens with a footnote marker is a footnote.
        for (int i = start; i < lines.size(); i++) {
            if (FOOTNOTE_START.matcher(lines.get(i).text()).matches()) {
                lines.subList(i, lines.size()).clear();
                return;
            }
        }
    }

    private static boolean isSmall(TextLine line, float bodySize) {
        return line.fontSize() > 0 && line.fontSize() < FOOTNOTE_RATIO * bodySize;
    }

    /** The size most characters are set in. */
    public static float bodyFontSize(List<Page> pages) {
        Map<Float, Integer> chars = new HashMap<>();
        for (Page page : pages) {
            for (TextLine line : page.lines()) {
                if (line.fontSize() > 0) {
                    chars.merge(line.fontSize(), line.text().length(), Integer::sum);
                }
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    private static boolean inMargin(int index, int size) {
        return index < MARGIN_LINES || index >= size - MARGIN_LINES;
    }

    private static String mask(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
