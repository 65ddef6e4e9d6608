package uk.sli.briefing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.sli.match.AuthorityProfile;
import uk.sli.match.AuthorityProfiles;
import uk.sli.match.MatchScorer;
import uk.sli.match.Matcher;
import uk.sli.match.NeedMatches;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.DocumentRow;
import uk.sli.search.Filters;
import uk.sli.search.IndexReading;
import uk.sli.tag.Taxonomy;
import uk.sli.themes.StatementLoader;
import uk.sli.themes.ThemeAnalysis;
import uk.sli.themes.ThemeOverview;
import uk.sli.themes.ThemeSummariser;
import uk.sli.themes.ThemeSummary;
import uk.sli.themes.ThemedStatement;

/**
 * Gathers a briefing from the index: the selected statements and their themes, per authority and
 * per year, the authorities' grades, their needs matched to peers' strengths, and the documents.
 * Peers are the region's authorities when a region is chosen, the chosen authorities when there
 * are several (a triad), and every indexed authority for a briefing on one.
 */
public final class BriefingAssembler {

    private final IndexReading index;
    private final Taxonomy taxonomy;

    public BriefingAssembler(IndexReading index, Taxonomy taxonomy) {
        this.index = index;
        this.taxonomy = taxonomy;
    }

    /**
     * @param request the statements to brief on, and how many examples and emergent topics
     * @param matchesPerNeed donors per need (0 for no matching)
     */
    public Briefing assemble(String scope, ThemeAnalysis.Request request, int matchesPerNeed) throws IOException {
        Filters filters = request.filters();
        List<String> documents = request.documents();
        List<ThemedStatement> statements = new StatementLoader(index)
                .load(filters, documents, request.eventsOnly(), request.part());
        ThemeOverview overview = new ThemeAnalysis(index, taxonomy).summarise(statements, request);
        List<ThemeSummary> byAuthority = new ThemeSummariser(taxonomy, 0, request.eventsOnly())
                .summarise(statements, ThemeSummariser.GroupBy.la);

        AuthorityProfiles profiles = AuthorityProfiles.read(index);
        List<AuthorityProfile> subjects = overview.authorities().stream()
                .map(profiles::byName).flatMap(Optional::stream).toList();
        Map<String, String> grades = new HashMap<>();
        for (AuthorityProfile profile : subjects) {
            profile.grade(Judgement.OVERALL_EFFECTIVENESS).map(Grade::label)
                    .ifPresent(grade -> grades.put(profile.name(), grade));
        }
        Map<String, List<NeedMatches>> matches = matchesPerNeed == 0 ? Map.of()
                : match(profiles, subjects, filters, matchesPerNeed);

        Set<String> keep = Set.copyOf(documents);
        List<DocumentRow> rows = new DocumentCatalog(index).list(filters).stream()
                .filter(row -> keep.isEmpty() || keep.contains(row.id()))
                .toList();
        List<ThemedStatement> judgements = statements.stream()
                .filter(s -> s.isStrength() || s.isImprovement() || "mixed".equals(s.label()))
                .toList();
        return new Briefing(scope, LocalDate.now(), overview, byAuthority, grades, judgements,
                matches, rows);
    }

    private Map<String, List<NeedMatches>> match(AuthorityProfiles profiles, List<AuthorityProfile> subjects,
                                                 Filters filters, int top) throws IOException {
        List<AuthorityProfile> peers;
        if (filters.region() != null) {
            peers = profiles.inRegion(filters.region());
        } else if (subjects.size() > 1) {
            peers = subjects;
        } else {
            peers = new ArrayList<>(profiles.all());
        }
        Matcher matcher = new Matcher(index, new MatchScorer(profiles.newestYear()));
        Map<String, List<NeedMatches>> out = new LinkedHashMap<>();
        for (AuthorityProfile subject : subjects) {
            if (peers.stream().anyMatch(p -> !p.name().equals(subject.name()))) {
                out.put(subject.name(), matcher.needs(subject, peers, null, top));
            }
        }
        return out;
    }
}
