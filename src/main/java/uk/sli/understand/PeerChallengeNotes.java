package uk.sli.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.sli.model.Authority;
import uk.sli.model.Paragraph;
import uk.sli.model.PeerChallengePart;
import uk.sli.model.Section;
import uk.sli.model.Sentence;

/**
 * Finds the notes of peer-challenge events (triads and quartets of authorities challenging each
 * other's self-assessments) in plans and notes, and splits their sections so that each section holds
 * one event's notes and, where the notes say whose they are, one authority's reflections.
 *
 * <p>An event starts at a heading or paragraph titled like "Triad 2 ...", "3. Quartet - A, B and C" or
 * "Notes of the peer-challenge triad, 18 February"; it runs to the next event or the next appendix.
 * A reflection is a section headed by one authority's name ("A1. Wealdmoor"), or the sentences from
 * one that opens with a name ("Kent reflected on ...", "**Slough** shared ...") to the paragraph's end.
 */
final class PeerChallengeNotes {

    private static final Pattern NUMBERED_EVENT = Pattern.compile(
            "(?i)^(?:\\d+[.)]?\\s*)?(?:triad|quartet)\\s*(?:\\d+|[-–:(])");
    private static final Pattern NOTES_OF_EVENT = Pattern.compile(
            "(?i)^(?:appendix\\s+\\w+\\s*[:.–-]\\s*)?notes? (?:of|from) (?:the|a|our)\\b.{0,40}?\\b(?:triad|quartet|peer[- ]challenge)");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[.)]?\\s+");
    private static final Pattern APPENDIX = Pattern.compile("(?i)^appendix\\b");
    private static final int MAX_TITLE_CHARS = 200;
    /** Headings that name a speaker are short: "A1. Wealdmoor", "Kent's reflections". */
    private static final int MAX_SPEAKER_HEADING_WORDS = 6;
    /** How far into a sentence a name may start and still open it (after markup such as "**"). */
    private static final int MAX_OPENING_OFFSET = 3;

    private final AuthorityDetector detector;

    PeerChallengeNotes(AuthorityDetector detector) {
        this.detector = detector;
    }

    static boolean isEventTitle(String text) {
        String line = text.strip();
        return line.length() <= MAX_TITLE_CHARS
                && (NUMBERED_EVENT.matcher(line).find() || NOTES_OF_EVENT.matcher(line).find());
    }

    /** The sections again, split and marked where they record peer-challenge events; unchanged when none do. */
    List<Section> split(List<Section> sections) {
        Set<String> schedule = schedule(sections);
        List<Fragment> fragments = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        Event event = null;
        for (Section section : sections) {
            if (isEventTitle(section.heading()) && !schedule.contains(section.heading())) {
                event = new Event(section.heading().strip(), names(section.heading()));
                events.add(event);
            } else if (APPENDIX.matcher(section.heading().strip()).find()) {
                event = null;
            }
            String headingSpeaker = event == null ? null : speakerOfHeading(section.heading());
            String heading = section.heading();
            for (Paragraph paragraph : section.paragraphs()) {
                if (isEventTitle(paragraph.text()) && !schedule.contains(paragraph.text())) {
                    event = new Event(paragraph.text().strip(), names(paragraph.text()));
                    events.add(event);
                    heading = event.title;
                    headingSpeaker = null;
                    continue;
                }
                if (event == null) {
                    fragments.add(new Fragment(section, heading, null, null, paragraph));
                    continue;
                }
                event.noteFirstParagraph(names(paragraph.text()));
                split(paragraph, headingSpeaker, section, heading, event, fragments);
            }
            if (section.paragraphs().isEmpty()) {
                fragments.add(new Fragment(section, heading, event, headingSpeaker, null));
            }
        }
        return events.isEmpty() ? sections : regroup(fragments);
    }

    /**
     * Event titles listed one after another with nothing between them announce events (a newsletter's
     * dates for the next round) rather than head their notes.
     */
    private static Set<String> schedule(List<Section> sections) {
        List<String> items = new ArrayList<>();
        for (Section section : sections) {
            if (!section.heading().isBlank()) {
                items.add(section.heading());
            }
            section.paragraphs().forEach(p -> items.add(p.text()));
        }
        Set<String> listed = new HashSet<>();
        for (int i = 0; i + 1 < items.size(); i++) {
            if (isEventTitle(items.get(i)) && isEventTitle(items.get(i + 1))) {
                listed.add(items.get(i));
                listed.add(items.get(i + 1));
            }
        }
        return listed;
    }

    /** Cuts a paragraph where a sentence opens with an authority's name: that authority speaks from there on. */
    private void split(Paragraph paragraph, String speaker, Section section, String heading, Event event,
                       List<Fragment> out) {
        List<Sentence> run = new ArrayList<>();
        String runSpeaker = speaker;
        for (Sentence sentence : paragraph.sentences()) {
            Optional<String> opener = openingName(sentence.text());
            if (opener.isPresent() && !opener.get().equals(runSpeaker)) {
                if (!run.isEmpty()) {
                    out.add(new Fragment(section, heading, event, runSpeaker, part(paragraph, run)));
                    run = new ArrayList<>();
                }
                runSpeaker = opener.get();
            }
            run.add(sentence);
        }
        if (runSpeaker != null) {
            event.authorities.add(runSpeaker);
        }
        out.add(new Fragment(section, heading, event, runSpeaker,
                run.size() == paragraph.sentences().size() ? paragraph : part(paragraph, run)));
    }

    private static Paragraph part(Paragraph whole, List<Sentence> sentences) {
        boolean first = sentences.get(0) == whole.sentences().get(0);
        String text = sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
        return new Paragraph(whole.kind(), first ? whole.number() : null, sentences.get(0).page(), text, sentences);
    }

    /** Consecutive fragments of one section with the same speaker become one section again. */
    private static List<Section> regroup(List<Fragment> fragments) {
        List<Section> out = new ArrayList<>();
        Fragment open = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Fragment fragment : fragments) {
            if (open == null || !open.sameSectionAs(fragment)) {
                if (open != null) {
                    out.add(open.toSection(paragraphs));
                }
                open = fragment;
                paragraphs = new ArrayList<>();
            }
            if (fragment.paragraph != null) {
                paragraphs.add(fragment.paragraph);
            }
        }
        if (open != null) {
            out.add(open.toSection(paragraphs));
        }
        return out;
    }

    private String speakerOfHeading(String heading) {
        if (heading.isBlank() || heading.strip().split("\\s+").length > MAX_SPEAKER_HEADING_WORDS) {
            return null;
        }
        List<String> named = names(heading);
        return named.size() == 1 ? named.get(0) : null;
    }

    private Optional<String> openingName(String sentence) {
        int firstLetter = 0;
        while (firstLetter < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(firstLetter))) {
            firstLetter++;
        }
        int limit = firstLetter + MAX_OPENING_OFFSET;
        return detector.mentions(sentence).stream()
                .filter(m -> m.start() <= limit && m.authorities().size() == 1)
                .findFirst()
                .map(m -> m.authorities().get(0).name());
    }

    private List<String> names(String text) {
        return detector.mentioned(text).stream().map(Authority::name).toList();
    }

    private static final class Event {
        final String title;
        final Set<String> authorities = new LinkedHashSet<>();
        boolean titled;
        boolean firstParagraphSeen;

        Event(String title, List<String> named) {
            this.title = LEADING_NUMBER.matcher(title).replaceFirst("").replaceAll("[:.]$", "");
            authorities.addAll(named);
            titled = !named.isEmpty();
        }

        /** A title without names ("Notes of the triad") leaves them to the first paragraph ("Present: ..."). */
        void noteFirstParagraph(List<String> named) {
            if (!titled && !firstParagraphSeen) {
                authorities.addAll(named);
            }
            firstParagraphSeen = true;
        }
    }

    /** A paragraph (or part of one) with the section, event and speaker it belongs to; a null paragraph keeps a bare heading. */
    private record Fragment(Section source, String heading, Event event, String speaker, Paragraph paragraph) {

        boolean sameSectionAs(Fragment other) {
            return source == other.source && heading.equals(other.heading) && event == other.event
                    && Objects.equals(speaker, other.speaker);
        }

        Section toSection(List<Paragraph> paragraphs) {
            Section section = new Section(heading, source.level(), source.page(), paragraphs);
            if (event == null) {
                return section.withAuthorities(source.authorities());
            }
            List<String> everyone = List.copyOf(event.authorities);
            PeerChallengePart part = new PeerChallengePart(event.title, everyone, speaker);
            return section.withAuthorities(speaker == null ? everyone : List.of(speaker)).withPeerChallenge(part);
        }
    }
}
