package uk.sli.understand;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.sli.model.DocumentType;

/**
 * Tells what kind of document a file is from its title lines.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Ofsted's titles, read from the first {@value #TITLE_LINES} lines: "Joint targeted area inspection";
 *       an area SEND inspection or revisit; "Focused visit to"; "Monitoring visit to/of" (these two only at the
 *       start of a line, since full reports mention earlier visits in their opening prose).</li>
 *   <li>The single inspection framework title, "(Re-)inspection of services for children in need of help and
 *       protection, children looked after and care leavers", is SIF. So are the titles of the inspections it
 *       replaced ("Inspection of looked after children services", "... of safeguarding and looked after
 *       children services", "... arrangements for the protection of children"): they are the full graded
 *       inspections of their time and have no type of their own.</li>
 *   <li>An ILACS report ("Inspection of X children's services", or its judgement table) is short or standard by
 *       its time on site: a short inspection is one week on site, a standard one two. Up to
 *       {@value #SHORT_INSPECTION_MAX_DAYS} calendar days on site in all, counting both parts of a split
 *       visit, is short; more, or no dates given, is standard. Reports do not name their own kind, and
 *       Ofsted's index follows the same measure.</li>
 *   <li>A council's own documents by the first of these phrases in the title, that is in those of the first
 *       lines short enough to be headings (prose that merely mentions a peer challenge or a plan is not a
 *       title): peer challenge or review, self-assessment or self-evaluation, newsletter, bulletin or
 *       "Update no. N", improvement or action plan.</li>
 *   <li>Anything else is OTHER. The body is not consulted: plans, impact reports and notes all talk about
 *       peer challenge, self-assessment and plans, so counting phrases there misleads more than it helps.</li>
 * </ol>
 */
public final class DocumentTypeClassifier {

    static final int TITLE_LINES = 15;
    static final int SHORT_INSPECTION_MAX_DAYS = 7;
    static final int MAX_HEADING_WORDS = 12;

    private static final Pattern JTAI = Pattern.compile("joint targeted area inspection");
    private static final Pattern SEND_AREA = Pattern.compile(
            "area send (?:inspection|revisit)|local area (?:send|special educational needs)");
    private static final Pattern FOCUSED_VISIT = Pattern.compile("(?m)^focused visit (?:to|of|on)\\b");
    private static final Pattern MONITORING_VISIT = Pattern.compile("(?m)^monitoring visit (?:to|of)\\b");
    private static final Pattern SIF = Pattern.compile(
            "inspection of services for children in need of help and protection"
                    + "|inspection of (?:safeguarding and )?looked after children services"
                    + "|inspection of local authority arrangements for the protection of children");
    private static final Pattern ILACS = Pattern.compile(
            "inspection of .{0,80}children's (?:social care )?services|impact of leaders on social work practice");

    private static final Map<DocumentType, Pattern> COUNCIL_DOCUMENTS = new EnumMap<>(Map.of(
            DocumentType.PEER_CHALLENGE, Pattern.compile("peer (?:challenge|review)"),
            DocumentType.SELF_ASSESSMENT, Pattern.compile("self[- ](?:assessment|evaluation)"),
            DocumentType.NEWSLETTER, Pattern.compile("newsletter|bulletin|\\bupdate no\\.? ?\\d+"),
            DocumentType.IMPROVEMENT_PLAN, Pattern.compile("improvement plan|action plan")));

    private final DateReader dates = new DateReader();

    /** Classifies a document from its first lines (the first page or two is plenty). */
    public DocumentType classify(List<String> frontLines) {
        List<String> front = TextLines.nonBlank(frontLines);
        List<String> titleLines = front.subList(0, Math.min(TITLE_LINES, front.size()));
        String title = String.join("\n", titleLines).toLowerCase(Locale.ROOT);
        String titleText = title.replace('\n', ' ');
        if (JTAI.matcher(titleText).find()) {
            return DocumentType.JTAI;
        }
        if (SEND_AREA.matcher(titleText).find()) {
            return DocumentType.SEND_AREA;
        }
        if (FOCUSED_VISIT.matcher(title).find()) {
            return DocumentType.FOCUSED_VISIT;
        }
        if (MONITORING_VISIT.matcher(title).find()) {
            return DocumentType.MONITORING_VISIT;
        }
        if (SIF.matcher(titleText).find()) {
            return DocumentType.SIF;
        }
        if (ILACS.matcher(titleText).find()) {
            return ilacsKind(frontLines);
        }
        String headings = titleLines.stream()
                .filter(line -> line.split(" ").length <= MAX_HEADING_WORDS)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
        return earliestCouncilDocument(headings).orElse(DocumentType.OTHER);
    }

    private DocumentType ilacsKind(List<String> frontLines) {
        List<InspectionVisit> visits = dates.visits(frontLines);
        long daysOnSite = visits.stream().mapToLong(InspectionVisit::days).sum();
        boolean shortInspection = !visits.isEmpty() && daysOnSite <= SHORT_INSPECTION_MAX_DAYS;
        return shortInspection ? DocumentType.ILACS_SHORT : DocumentType.ILACS_STANDARD;
    }

    private static Optional<DocumentType> earliestCouncilDocument(String title) {
        DocumentType earliest = null;
        int earliestPosition = Integer.MAX_VALUE;
        for (Map.Entry<DocumentType, Pattern> kind : COUNCIL_DOCUMENTS.entrySet()) {
            Matcher m = kind.getValue().matcher(title);
            if (m.find() && m.start() < earliestPosition) {
                earliest = kind.getKey();
                earliestPosition = m.start();
            }
        }
        return Optional.ofNullable(earliest);
    }
}
