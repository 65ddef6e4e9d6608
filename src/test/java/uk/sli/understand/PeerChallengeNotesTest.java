package uk.sli.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sli.model.Paragraph;
import uk.sli.model.PeerChallengePart;
import uk.sli.model.Section;
import uk.sli.model.Sentence;

class PeerChallengeNotesTest {

    private final PeerChallengeNotes notes = new PeerChallengeNotes(new AuthorityDetector(Gazetteer.standard()));

    private static Paragraph text(String... sentences) {
        return paragraph(Paragraph.Kind.TEXT, sentences);
    }

    private static Paragraph bullet(String... sentences) {
        return paragraph(Paragraph.Kind.BULLET, sentences);
    }

    private static Paragraph paragraph(Paragraph.Kind kind, String... sentences) {
        List<Sentence> list = Arrays.stream(sentences).map(s -> new Sentence(s, 0)).toList();
        return new Paragraph(kind, null, 0, String.join(" ", sentences), list);
    }

    private static Section section(String heading, Paragraph... paragraphs) {
        return new Section(heading, 2, 0, List.of(paragraphs));
    }

    @Test
    void numberedTriadsSplitIntoReflectionsAndSharedThemes() {
        List<Section> split = notes.split(List.of(
                section("Budget", text("The programme costs are shared equally.")),
                section("Appendix 1",
                        text("1. Triad 1 DCS peer challenge (Kent, Medway, Slough)"),
                        text("Kent reflected on the pressure on its fostering service."),
                        text("Medway described its new family hubs.", "They opened in the spring.",
                                "**Slough** explained how it recruits social workers from abroad.")),
                section("Themes common to all three were:",
                        bullet("Sufficiency of homes for teenagers"),
                        bullet("Retention of experienced staff")),
                section("2. Triad 2 - Reading, Wokingham and Hampshire", bullet("Early help partnerships")),
                section("Appendix 2", text("Contact details for the programme team."))));

        assertNull(split.get(0).peerChallenge(), "before the notes");
        List<PeerChallengePart> parts = split.stream().map(Section::peerChallenge).toList();
        PeerChallengePart kent = parts.get(1);
        assertEquals("Triad 1 DCS peer challenge (Kent, Medway, Slough)", kent.event());
        assertEquals(List.of("Kent", "Medway", "Slough"), kent.authorities());
        assertEquals("Kent", kent.speaker());
        assertEquals("Medway", parts.get(2).speaker());
        assertEquals(2, split.get(2).paragraphs().get(0).sentences().size(), "Medway's two sentences stay together");
        assertEquals("Slough", parts.get(3).speaker(), "a sentence opening with a name starts that authority's reflections");
        assertEquals(List.of("Slough"), split.get(3).authorities());

        Section shared = split.get(4);
        assertEquals("Themes common to all three were:", shared.heading());
        assertNull(shared.peerChallenge().speaker());
        assertEquals(List.of("Kent", "Medway", "Slough"), shared.authorities());

        PeerChallengePart second = split.get(5).peerChallenge();
        assertEquals("Triad 2 - Reading, Wokingham and Hampshire", second.event());
        assertEquals(List.of("Reading", "Wokingham", "Hampshire"), second.authorities());
        assertNull(split.get(split.size() - 1).peerChallenge(), "an appendix heading ends the notes");
    }

    @Test
    void notesTitledWithoutNamesTakeThemFromThePresentListAndSpeakerHeadings() {
        List<Section> split = notes.split(List.of(
                section("Notes of the peer-challenge triad, 3 March 2025",
                        text("Present: directors from Kent, Medway and Slough.")),
                section("A1. Kent", bullet("Strong adolescent services.")),
                section("A2. Medway", bullet("Wants help with pathway plans."))));
        PeerChallengePart event = split.get(0).peerChallenge();
        assertEquals(List.of("Kent", "Medway", "Slough"), event.authorities());
        assertNull(event.speaker());
        assertEquals("Kent", split.get(1).peerChallenge().speaker());
        assertEquals("Medway", split.get(2).peerChallenge().speaker());
    }

    @Test
    void aScheduleOfEventsIsNotNotes() {
        List<Section> sections = List.of(section("Dates for the next round",
                text("Triad 1 – Kent, Medway and Slough on 4 March"),
                text("Triad 2 – Reading, Wokingham and Hampshire on 11 March")),
                section("Other news", text("The conference is in June.")));
        assertEquals(sections, notes.split(sections));
    }

    @Test
    void proseMentioningATriadIsNotATitle() {
        assertTrue(PeerChallengeNotes.isEventTitle("Triad 3 - Kent, Medway and Slough"));
        assertTrue(PeerChallengeNotes.isEventTitle("Appendix A: Notes of the peer-challenge triad, 18 February"));
        assertFalse(PeerChallengeNotes.isEventTitle(
                "the notes of the peer-challenge triad held in February (Appendix A), and a separate session"));
        assertFalse(PeerChallengeNotes.isEventTitle("To organise 6 triad/quartet peer challenge events"));
    }
}
