package uk.sli.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.sli.tag.Taxonomy;
import uk.sli.tag.Theme;

/**
 * Counts statements per theme (the primary theme, so that counts add up to the statements), with
 * authorities, peer-challenge sessions, a trend by year and representative statements; optionally
 * per authority, year or document type.
 */
public final class ThemeSummariser {

    /** What to break the counts down by. */
    public enum GroupBy { theme, la, year, type }

    /** The {@code la} group of statements about no one authority (regional plans, newsletters). */
    public static final String NO_AUTHORITY = "(no one authority)";

    /** Most strengths and improvements first, then most statements. */
    static final Comparator<ThemeSummary> MOST_JUDGED = Comparator.comparingInt((ThemeSummary t) -> t.strengths() + t.improvements())
            .thenComparingInt(ThemeSummary::statements)
            .reversed()
            .thenComparing(ThemeSummary::theme);
    /** Raised in most peer-challenge sessions first: notes of discussions are rarely strengths or needs. */
    static final Comparator<ThemeSummary> MOST_SESSIONS = Comparator.comparingInt(ThemeSummary::sessions).reversed()
            .thenComparing(MOST_JUDGED);

    private final Taxonomy taxonomy;
    private final int examples;
    private final Comparator<ThemeSummary> order;

    /** @param bySessions rank themes by the sessions that raised them (for peer-challenge notes), else by statements */
    public ThemeSummariser(Taxonomy taxonomy, int examples, boolean bySessions) {
        this.taxonomy = taxonomy;
        this.examples = examples;
        this.order = bySessions ? MOST_SESSIONS : MOST_JUDGED;
    }

    /** Themes in order of the ranking chosen, within each group. */
    public List<ThemeSummary> summarise(List<ThemedStatement> statements, GroupBy by) {
        RepresentativeStatements picker = new RepresentativeStatements(statements);
        Map<String, Map<String, ThemeCounter>> groups = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (ThemedStatement s : statements) {
            if (s.primaryTheme() == null) {
                continue;
            }
            for (String group : groupsOf(s, by)) {
                groups.computeIfAbsent(group, g -> new LinkedHashMap<>())
                        .computeIfAbsent(s.primaryTheme(), t -> new ThemeCounter()).add(s);
            }
        }
        List<ThemeSummary> out = new ArrayList<>();
        groups.forEach((group, themes) -> {
            List<ThemeSummary> inGroup = new ArrayList<>();
            themes.forEach((theme, counter) -> inGroup.add(counter.summary(theme, name(theme), group,
                    picker.pick(counter.statements, examples))));
            inGroup.sort(order);
            out.addAll(inGroup);
        });
        return out;
    }


    private String name(String theme) {
        return taxonomy.byId(theme).map(Theme::name).orElse(theme);
    }

    private static List<String> groupsOf(ThemedStatement s, GroupBy by) {
        List<String> none = new ArrayList<>();
        none.add(null);
        return switch (by) {
            case theme -> none;
            case la -> s.authorities().isEmpty() ? List.of(NO_AUTHORITY) : s.authorities();
            case year -> List.of(s.year() == null ? "(undated)" : s.year().toString());
            case type -> List.of(s.type());
        };
    }
}
