package uk.sli.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.sli.model.Authority;

/**
 * Works out which authorities a text is about or names. Build one per gazetteer and share it:
 * the name pattern is compiled once.
 */
public final class AuthorityDetector {

    // Title blocks end where the inspection's particulars begin.
    private static final Pattern END_OF_TITLE = Pattern.compile(
            "^(Inspection dates?|Report published|Lead inspector|Reporting inspector|Published|Age group)\\b.*");
    private static final int MAX_TITLE_LINES = 6;

    private final NameSpotter spotter;

    public AuthorityDetector(Gazetteer gazetteer) {
        spotter = new NameSpotter(gazetteer.spellings(), NameSpotter.standardDecoys());
    }

    /**
     * The one authority a report, plan or self-assessment is about. The title block at the top
     * decides, because later lines name partners, predecessors and neighbours; only when the title
     * names no single authority does the one named most often on the front pages win.
     */
    public Optional<Authority> primary(List<String> frontLines) {
        Optional<Authority> inTitle = titleNames(frontLines).findFirst();
        return inTitle.or(() -> mostMentioned(String.join("\n", frontLines)));
    }

    /**
     * The authority a document covering many authorities (a regional plan, a newsletter) is about: only
     * when its title block names exactly one; the most-named council is not the subject of such a document.
     */
    public Optional<Authority> soleTitled(List<String> frontLines) {
        List<Authority> named = titleNames(frontLines).distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private Stream<Authority> titleNames(List<String> frontLines) {
        return spotter.candidates(titleBlock(frontLines)).stream()
                .filter(m -> m.authorities().size() == 1)
                .map(m -> m.authorities().get(0));
    }

    /** Every authority named in the text, in order of first mention, each once. */
    public List<Authority> mentioned(String text) {
        return mentions(text).stream()
                .flatMap(m -> m.authorities().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream().toList();
    }

    /** The names in the text that refer to councils, with their positions. */
    public List<Mention> mentions(String text) {
        List<Mention> kept = new ArrayList<>();
        int previousEnd = -1;
        for (Mention candidate : spotter.candidates(text)) {
            if (MentionRules.refersToCouncil(text, candidate, previousEnd)) {
                kept.add(candidate);
            }
            previousEnd = candidate.end();
        }
        return kept;
    }

    private Optional<Authority> mostMentioned(String text) {
        Map<Authority, Long> counts = mentions(text).stream()
                .filter(m -> m.authorities().size() == 1)
                .collect(Collectors.groupingBy(m -> m.authorities().get(0), LinkedHashMap::new,
                        Collectors.counting()));
        // max keeps the first of equals, so on a tie the earliest-named authority wins.
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    /** The leading non-blank lines before the inspection particulars, joined: titles wrap. */
    private static String titleBlock(List<String> lines) {
        return lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .takeWhile(line -> !END_OF_TITLE.matcher(line).matches())
                .limit(MAX_TITLE_LINES)
                .collect(Collectors.joining("\n"));
    }
}
