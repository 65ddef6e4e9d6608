package uk.sli.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import uk.sli.extract.ExtractedText;
import uk.sli.extract.Page;
import uk.sli.extract.RunningTextFilter;
import uk.sli.extract.TextLine;
import uk.sli.model.Paragraph;
import uk.sli.model.Section;
import uk.sli.model.Sentence;
import uk.sli.nlp.SentenceSplitter;

/**
 * Rebuilds a document's structure from its lines: sections under headings, and within them
 * paragraphs, bullets and numbered paragraphs, each split into sentences that know their page.
 *
 * <p>Headings come from markup where the source has it (HTML, DOCX), else from type: larger or bold
 * short lines in a PDF, short standalone lines without closing punctuation in plain text. A
 * paragraph starts at a bullet or paragraph number, a paragraph break the source shows, or after a
 * heading. Words hyphenated across a line end are rejoined, keeping the hyphen unless the document
 * itself spells the word without one elsewhere.
 */
public final class StructureParser {

    /** Bullet glyphs, including those that symbol fonts put in the private use area (U+E000-U+F8FF). */
    private static final Pattern SYMBOL_BULLET =
            Pattern.compile("^[•●▪■◼◾□○◦‣⁃∙·\u2022➢✓\ue000-\uf8ff]\\s*");
    private static final Pattern DASH_BULLET = Pattern.compile("^(?:[-\u2212–—*]|o(?=\\s))\\s+");
    /** "12. ", "3) " or a multi-level "2.1 " / "2.1. "; a bare "12 " is a quantity, not a paragraph number. */
    private static final Pattern NUMBER =
            Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+|\\d{1,3}(?=[.)]))[.)]?\\s+(?=\\S)");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
    private static final float LARGER = 1.15f;
    private static final int MAX_HEADING_CHARS = 160;

    private final SentenceSplitter splitter;

    public StructureParser(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public List<Section> parse(ExtractedText text) {
        return new Run(text).parse();
    }

    /** The state of one parse; a fresh one per document keeps the parser itself stateless. */
    private final class Run {
        private final List<Page> pages;
        private final float bodySize;
        private final List<Float> headingSizes;
        /** Built on first need: most documents have few words hyphenated at a line end. */
        private Set<String> vocabulary;
        private final List<Section> sections = new ArrayList<>();
        private String heading = "";
        private int headingLevel;
        private int headingPage;
        private List<Paragraph> paragraphs = new ArrayList<>();
        private ParagraphBuilder open;
        private int lastNumber;
        private boolean afterHeading = true;

        Run(ExtractedText text) {
            this.pages = text.pages();
            this.bodySize = RunningTextFilter.bodyFontSize(pages);
            this.headingSizes = headingSizes();
        }

        List<Section> parse() {
            for (Page page : pages) {
                List<TextLine> lines = page.lines();
                for (int i = 0; i < lines.size(); i++) {
                    TextLine line = lines.get(i);
                    TextLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                    int level = headingLevel(line, next);
                    if (level > 0) {
                        addHeading(line, level, page.number(), i == 0);
                    } else {
                        addBodyLine(line, page.number(), i == 0);
                    }
                }
            }
            closeSection();
            return sections;
        }

        private void addHeading(TextLine line, int level, int page, boolean firstOnPage) {
            String text = MARKDOWN_HEADING.matcher(line.text()).replaceFirst("$2");
            // A heading wrapped onto a second line continues the one just read.
            boolean continues = open == null && paragraphs.isEmpty() && !heading.isEmpty()
                    && level == headingLevel && !line.breakBefore() && !firstOnPage;
            if (continues) {
                heading = heading + " " + text;
                return;
            }
            closeSection();
            heading = text;
            headingLevel = level;
            headingPage = page;
            afterHeading = true;
        }

        private void addBodyLine(TextLine line, int page, boolean firstOnPage) {
            String text = line.text();
            Matcher symbol = SYMBOL_BULLET.matcher(text);
            Matcher dash = DASH_BULLET.matcher(text);
            Matcher number = NUMBER.matcher(text);
            boolean boundary = open == null || afterHeading || line.breakBefore() || open.endsSentence();
            if (symbol.find()) {
                startParagraph(Paragraph.Kind.BULLET, null, page).append(text.substring(symbol.end()), page);
            } else if (dash.find() && (boundary || open.kind == Paragraph.Kind.BULLET)) {
                startParagraph(Paragraph.Kind.BULLET, null, page).append(text.substring(dash.end()), page);
            } else if (number.find() && (boundary || isNextNumber(number.group(1)))) {
                if (!number.group(1).contains(".")) {
                    lastNumber = Integer.parseInt(number.group(1));
                }
                startParagraph(Paragraph.Kind.NUMBERED, number.group(1), page).append(text.substring(number.end()), page);
            } else if (line.listItem()) {
                startParagraph(Paragraph.Kind.BULLET, null, page).append(text, page);
            } else if (open == null || afterHeading || (line.breakBefore() && !firstOnPage)
                    || (firstOnPage && open.endsSentence() && startsUpper(text))) {
                startParagraph(Paragraph.Kind.TEXT, null, page).append(text, page);
            } else {
                open.append(text, page);
            }
            afterHeading = false;
        }

        private boolean isNextNumber(String number) {
            return !number.contains(".") && Integer.parseInt(number) == lastNumber + 1;
        }

        private ParagraphBuilder startParagraph(Paragraph.Kind kind, String number, int page) {
            closeParagraph();
            open = new ParagraphBuilder(kind, number, page, this::vocabulary);
            return open;
        }

        private void closeParagraph() {
            if (open != null) {
                Paragraph paragraph = open.build(splitter);
                if (!paragraph.text().isEmpty()) {
                    paragraphs.add(paragraph);
                }
                open = null;
            }
        }

        private void closeSection() {
            closeParagraph();
            if (!heading.isEmpty() || !paragraphs.isEmpty()) {
                sections.add(new Section(heading, headingLevel, headingPage, paragraphs));
            }
            paragraphs = new ArrayList<>();
            heading = "";
            headingLevel = 0;
        }

        /** 0 for body text, else the heading level of this line. */
        private int headingLevel(TextLine line, TextLine next) {
            String text = line.text();
            if (line.headingLevel() > 0) {
                return line.headingLevel();
            }
            if (line.listItem() || text.length() > MAX_HEADING_CHARS || !hasLetter(text)
                    || SYMBOL_BULLET.matcher(text).find()) {
                return 0;
            }
            if (line.fontSize() > 0) {
                return NUMBER.matcher(text).find() ? 0 : typesetHeadingLevel(line);
            }
            // Plain text numbers its headings ("2. What the evidence tells us"); standing alone tells them apart.
            return plainTextHeadingLevel(line, next);
        }

        private int typesetHeadingLevel(TextLine line) {
            boolean larger = line.fontSize() >= LARGER * bodySize;
            boolean boldBody = line.bold() && line.fontSize() >= bodySize * 0.95f;
            if (!larger && !boldBody) {
                return 0;
            }
            int rank = headingSizes.indexOf(line.fontSize());
            return Math.min(3, rank < 0 ? headingSizes.size() + 1 : rank + 1);
        }

        private int plainTextHeadingLevel(TextLine line, TextLine next) {
            String text = line.text();
            Matcher markdown = MARKDOWN_HEADING.matcher(text);
            if (markdown.matches()) {
                return markdown.group(1).length();
            }
            boolean standsAlone = line.breakBefore() && (next == null || next.breakBefore());
            boolean headingLike = text.length() <= 100 && text.split("\\s+").length <= 14
                    && !text.matches(".*[.,;]$") && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
            if (!standsAlone || !headingLike) {
                return 0;
            }
            return text.equals(text.toUpperCase(Locale.ROOT)) ? 1 : 2;
        }

        /** Distinct font sizes larger than body text, largest first: their rank is the heading level. */
        private List<Float> headingSizes() {
            Set<Float> sizes = new HashSet<>();
            for (Page page : pages) {
                for (TextLine line : page.lines()) {
                    if (line.fontSize() >= LARGER * bodySize && line.text().length() <= MAX_HEADING_CHARS) {
                        sizes.add(line.fontSize());
                    }
                }
            }
            List<Float> sorted = new ArrayList<>(sizes);
            sorted.sort((a, b) -> Float.compare(b, a));
            return sorted;
        }

        private Set<String> vocabulary() {
            if (vocabulary != null) {
                return vocabulary;
            }
            Set<String> words = new HashSet<>();
            for (Page page : pages) {
                for (TextLine line : page.lines()) {
                    Matcher m = WORD.matcher(line.text());
                    while (m.find()) {
                        words.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
            vocabulary = words;
            return words;
        }
    }

    private static boolean hasLetter(String text) {
        return text.chars().anyMatch(Character::isLetter);
    }

    private static boolean startsUpper(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** Collects a paragraph's lines and the offsets where its pages change. */
    private static final class ParagraphBuilder {
        final Paragraph.Kind kind;
        private final String number;
        private final int page;
        private final Supplier<Set<String>> vocabulary;
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> pageStarts = new ArrayList<>();

        ParagraphBuilder(Paragraph.Kind kind, String number, int page, Supplier<Set<String>> vocabulary) {
            this.kind = kind;
            this.number = number;
            this.page = page;
            this.vocabulary = vocabulary;
        }

        void append(String line, int linePage) {
            String next = line.strip();
            if (next.isEmpty()) {
                return;
            }
            if (text.length() > 0) {
                joinLineEnd(next);
            }
            if (pageStarts.isEmpty() || pageStarts.get(pageStarts.size() - 1)[1] != linePage) {
                pageStarts.add(new int[] {text.length(), linePage});
            }
            text.append(next);
        }

        /** Joins the line break before {@code next}: a space, or nothing after a hyphenated word part. */
        private void joinLineEnd(String next) {
            int end = text.length();
            boolean hyphenated = end >= 2 && text.charAt(end - 1) == '-' && Character.isLetter(text.charAt(end - 2))
                    && Character.isLowerCase(next.charAt(0));
            if (!hyphenated) {
                text.append(' ');
                return;
            }
            String head = lastWord();
            String tail = firstWord(next);
            String closed = (head + tail).toLowerCase(Locale.ROOT);
            String open = (head + "-" + tail).toLowerCase(Locale.ROOT);
            if (vocabulary.get().contains(closed) && !vocabulary.get().contains(open)) {
                text.setLength(end - 1);
            }
        }

        private String lastWord() {
            int i = text.length() - 1;
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            return text.substring(i, text.length() - 1);
        }

        private static String firstWord(String s) {
            int i = 0;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return s.substring(0, i);
        }

        boolean endsSentence() {
            for (int i = text.length() - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == '"' || c == '\u201d' || c == ')' || c == '\'' || c == '\u2019') {
                    continue;
                }
                return c == '.' || c == '?' || c == '!' || c == ':' || c == ';';
            }
            return false;
        }

        Paragraph build(SentenceSplitter splitter) {
            String paragraph = text.toString();
            List<Sentence> sentences = new ArrayList<>();
            for (Span span : splitter.split(paragraph)) {
                String sentence = span.getCoveredText(paragraph).toString().strip();
                if (!sentence.isEmpty()) {
                    sentences.add(new Sentence(sentence, pageAt(span.getStart())));
                }
            }
            return new Paragraph(kind, number, page, paragraph, sentences);
        }

        private int pageAt(int offset) {
            int result = page;
            for (int[] start : pageStarts) {
                if (start[0] <= offset) {
                    result = start[1];
                }
            }
            return result;
        }
    }
}
