package uk.sli.themes;

import java.util.List;

/**
 * What a set of statements says about one theme (a taxonomy theme, or an emergent key phrase).
 *
 * @param theme taxonomy id, or {@code emergent:<phrase>}
 * @param group the value of the {@code --by} dimension (authority, year, type), or null for all together
 * @param statements every statement counted: strengths, improvements, mixed and neutral
 * @param authorities how many authorities the statements are about
 * @param sessions in how many peer-challenge events the theme came up (0 outside events)
 * @param trend counts per year, oldest first; empty when the statements are undated
 */
public record ThemeSummary(String theme, String name, String group, int strengths, int improvements, int statements,
                           int authorities, int strengthAuthorities, int improvementAuthorities, int sessions,
                           List<YearCount> trend, List<Example> examples) {

    public ThemeSummary {
        trend = List.copyOf(trend);
        examples = List.copyOf(examples);
    }

    public static final String EMERGENT_PREFIX = "emergent:";

    /** One year's statements on the theme. */
    public record YearCount(int year, int strengths, int improvements, int statements) {
    }

    /** A representative statement, quoted and cited. */
    public record Example(String text, String authority, String path, int page, String paragraph, String section,
                          String label) {

        static Example of(ThemedStatement s) {
            return new Example(s.text(), String.join(", ", s.authorities()), s.path(), s.page(), s.paragraph(),
                    s.section(), s.label());
        }
    }
}
