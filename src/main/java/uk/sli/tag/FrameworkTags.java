package uk.sli.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ofsted's own national framework references after an area for improvement, e.g.
 * "(outcome 3, national framework)", "(enabler 2 and outcome 4, national framework)",
 * "(outcomes 1 and 3, national framework)".
 */
public final class FrameworkTags {

    private static final Pattern TAG = Pattern.compile(
            "\\s*\\(([^()]*?\\b(?:outcomes?|enablers?)\\b[^()]*?)(?:,\\s*(?:the\\s+)?(?:children's social care\\s+)?national framework)?\\)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART = Pattern.compile("(?i)\\b(outcomes?|enablers?)\\s+((?:\\d(?:\\s*(?:,|and|&)\\s*)?)+)");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private FrameworkTags() {
    }

    /** A cheap test that spares nearly every statement the regular expression. */
    private static boolean mayHaveReference(String text) {
        if (text.indexOf('(') < 0) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("outcome") || lower.contains("enabler");
    }

    /** The codes (O1..O4, E1..E3) the text's framework references name, in order, without repeats. */
    public static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        if (!mayHaveReference(text)) {
            return codes;
        }
        Matcher tag = TAG.matcher(Words.normalise(text));
        while (tag.find()) {
            Matcher part = PART.matcher(tag.group(1));
            while (part.find()) {
                String prefix = part.group(1).toLowerCase(Locale.ROOT).startsWith("outcome") ? "O" : "E";
                Matcher digit = DIGIT.matcher(part.group(2));
                while (digit.find()) {
                    String code = prefix + digit.group();
                    if (!codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
        }
        return codes;
    }

    /** The text without its framework references. */
    public static String strip(String text) {
        if (!mayHaveReference(text)) {
            return text.strip();
        }
        return TAG.matcher(Words.normalise(text)).replaceAll(" ").replaceAll("\\s+([.;,])", "$1").strip();
    }
}
