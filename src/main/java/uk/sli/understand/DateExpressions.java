package uk.sli.understand;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the ways UK public-sector documents write a single date. Day-first throughout, as in the UK. */
final class DateExpressions {

    static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? (" + MONTH + "),? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTH + ") (\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    private DateExpressions() {
    }

    /** The first full date in the text, in any of the supported spellings, whichever comes first. */
    static Optional<LocalDate> firstFullDate(String text) {
        Optional<Dated> best = Optional.empty();
        best = earlier(best, find(DAY_MONTH_YEAR, text, m -> date(m.group(3), month(m.group(2)), m.group(1))));
        best = earlier(best, find(NUMERIC, text, m -> date(m.group(3), Integer.parseInt(m.group(2)), m.group(1))));
        best = earlier(best, find(ISO, text, m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3))));
        return best.map(Dated::date);
    }

    /** The first full date or, failing that, the first "Month yyyy" read as the first of the month. */
    static Optional<LocalDate> firstDateOrMonth(String text) {
        return firstFullDate(text).or(() -> find(MONTH_YEAR, text, m -> date(m.group(2), month(m.group(1)), "1"))
                .map(Dated::date));
    }

    /** The month a name or abbreviation stands for (its first three letters decide), or 0 when it is none. */
    static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (prefix.length() >= 3 && m.name().toLowerCase(Locale.ROOT).startsWith(prefix.substring(0, 3))) {
                return m.getValue();
            }
        }
        return 0;
    }

    static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private record Dated(int position, LocalDate date) {
    }

    private interface DateOf {
        Optional<LocalDate> apply(Matcher m);
    }

    private static Optional<Dated> find(Pattern pattern, String text, DateOf dateOf) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = dateOf.apply(m);
            if (date.isPresent()) {
                return Optional.of(new Dated(m.start(), date.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Dated> earlier(Optional<Dated> a, Optional<Dated> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(d -> d.position() < a.get().position()).or(() -> a);
    }
}
