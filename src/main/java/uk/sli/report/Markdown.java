package uk.sli.report;

/** Text made safe to paste into Markdown: table pipes and emphasis characters escaped. */
final class Markdown {

    private Markdown() {
    }

    static String escape(String text) {
        return text == null ? "" : text.replaceAll("([\\\\|*_`\\[\\]<>])", "\\\\$1").replace('\n', ' ');
    }

    /** A statement quoted in running text. */
    static String quote(String text) {
        return "\u201c" + escape(text) + "\u201d";
    }
}
