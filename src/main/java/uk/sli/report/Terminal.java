package uk.sli.report;

/** Text styling that is only used when stdout is a terminal, so pipes and files get plain text. */
public record Terminal(boolean colour) {

    public static Terminal detect() {
        return new Terminal(System.console() != null && System.getenv("NO_COLOR") == null);
    }

    public String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    public String dim(String text) {
        return colour ? "\u001b[2m" + text + "\u001b[0m" : text;
    }

    public String green(String text) {
        return colour ? "\u001b[32m" + text + "\u001b[0m" : text;
    }

    public String red(String text) {
        return colour ? "\u001b[31m" + text + "\u001b[0m" : text;
    }

    public String yellow(String text) {
        return colour ? "\u001b[33m" + text + "\u001b[0m" : text;
    }

    /** Marks highlighted terms: bold yellow on a terminal, else surrounded by [[ ]]. */
    public String highlight(String text) {
        return colour ? "\u001b[1;33m" + text + "\u001b[0m" : "[[" + text + "]]";
    }
}
