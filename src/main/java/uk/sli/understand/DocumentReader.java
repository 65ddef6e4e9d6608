package uk.sli.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.sli.extract.ExtractedText;
import uk.sli.extract.Page;
import uk.sli.extract.TextLine;
import uk.sli.model.Authority;
import uk.sli.model.Document;
import uk.sli.model.DocumentType;
import uk.sli.model.Grades;
import uk.sli.model.Paragraph;
import uk.sli.model.ReportDates;
import uk.sli.model.Section;
import uk.sli.nlp.SentenceSplitter;

/**
 * Understands one extracted document: its structure, type, authority, dates and grades.
 * Thread-safe: the rule components are stateless and the sentence splitter is per thread.
 */
public final class DocumentReader {

    /** Front matter (title, dates, judgement table) sits on the first pages of every report. */
    private static final int FRONT_PAGES = 3;
    /** Sources without pages: about three pages' worth of lines. */
    private static final int FRONT_LINES = 150;
    /** Documents about several authorities, whose sections record the authorities they mention. */
    private static final Set<DocumentType> MULTI_AUTHORITY = Set.of(
            DocumentType.IMPROVEMENT_PLAN, DocumentType.PEER_CHALLENGE, DocumentType.NEWSLETTER, DocumentType.OTHER);

    private static final int REGION_MIN_AUTHORITIES = 3;
    private static final double REGION_SHARE = 0.75;

    private final Gazetteer gazetteer;
    private final AuthorityDetector authorities;
    private final PeerChallengeNotes peerChallenges;
    private final DocumentTypeClassifier types = new DocumentTypeClassifier();
    private final GradeReader grades = new GradeReader();
    private final DateReader dates = new DateReader();

    public DocumentReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.authorities = new AuthorityDetector(gazetteer);
        this.peerChallenges = new PeerChallengeNotes(authorities);
    }

    public Document read(String id, String path, String contentHash, ExtractedText text) {
        List<String> front = frontLines(text);
        DocumentType type = types.classify(front);
        boolean multi = MULTI_AUTHORITY.contains(type);
        Authority authority = (multi ? authorities.soleTitled(front) : authorities.primary(front)).orElse(null);
        Grades graded = type.isFullInspection() ? grades.read(front) : Grades.NONE;
        ReportDates dated = dates.read(front);
        if (type == DocumentType.IMPROVEMENT_PLAN && dated.published() == null) {
            LocalDate planDate = dates.planDate(allLines(text), front).orElse(null);
            dated = new ReportDates(dated.inspectionStart(), dated.inspectionEnd(), planDate);
        }
        List<Section> sections = new StructureParser(SentenceSplitter.forThisThread()).parse(text);
        if (multi) {
            sections = peerChallenges.split(withMentionedAuthorities(sections));
        }
        int pages = text.hasPages() ? text.pages().size() : 0;
        String region = authority != null ? authority.region() : regionOfMentions(sections);
        return new Document(id, path, contentHash, text.mediaType(), type, authority, region, dated, graded,
                title(sections, front), pages, sections);
    }

    private List<Section> withMentionedAuthorities(List<Section> sections) {
        List<Section> out = new ArrayList<>(sections.size());
        for (Section section : sections) {
            String text = section.heading() + "\n" + section.paragraphs().stream()
                    .map(Paragraph::text).collect(Collectors.joining("\n"));
            out.add(section.withAuthorities(authorities.mentioned(text).stream().map(Authority::name).distinct().toList()));
        }
        return out;
    }

    /**
     * The region of a document about many authorities: the one that at least {@value #REGION_SHARE} of the
     * (at least {@value #REGION_MIN_AUTHORITIES}) authorities it names are in, so that a regional plan
     * naming a neighbour or two is still the region's.
     */
    private String regionOfMentions(List<Section> sections) {
        Set<String> named = new HashSet<>();
        sections.forEach(s -> named.addAll(s.authorities()));
        if (named.size() < REGION_MIN_AUTHORITIES) {
            return null;
        }
        Map<String, Long> byRegion = named.stream().map(gazetteer::region).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        return byRegion.entrySet().stream()
                .filter(e -> e.getValue() >= REGION_SHARE * named.size())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static List<String> allLines(ExtractedText text) {
        return text.pages().stream().flatMap(page -> page.lines().stream()).map(TextLine::text).toList();
    }

    private static List<String> frontLines(ExtractedText text) {
        List<String> lines = new ArrayList<>();
        for (Page page : text.pages().subList(0, Math.min(FRONT_PAGES, text.pages().size()))) {
            for (TextLine line : page.lines()) {
                if (!text.hasPages() && lines.size() >= FRONT_LINES) {
                    return lines;
                }
                lines.add(line.text());
            }
        }
        return lines;
    }

    /** The first heading when the document opens with one, else its first line. */
    private static String title(List<Section> sections, List<String> front) {
        if (!sections.isEmpty() && !sections.get(0).heading().isBlank()) {
            return sections.get(0).heading();
        }
        return front.isEmpty() ? "" : front.get(0);
    }
}
